"use client";

import { useFormatter } from "next-intl";
import { splitOffset } from "@/lib/due-offset";

const intlUnit = { minutes: "minute", hours: "hour", days: "day" } as const;

/** A number of minutes in words in the reader's language ("2 days", "يومان"), in its largest even unit. */
export function useDurationWords(): (minutes: number) => string {
  const format = useFormatter();
  return (minutes) => {
    const { amount, unit } = splitOffset(minutes);
    return format.number(amount, {
      style: "unit",
      unit: intlUnit[unit],
      unitDisplay: "long",
      numberingSystem: "latn",
    });
  };
}
