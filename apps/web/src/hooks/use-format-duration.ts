import { useTranslations } from "next-intl";
import { durationParts } from "@/lib/duration";

/** Formats a span of time compactly in the reader's language; the numbers stay in Latin digits. */
export function useFormatDuration(): (ms: number) => string {
  const t = useTranslations("duration");
  return (ms) => {
    const { unit, ...values } = durationParts(ms);
    return t(unit, values);
  };
}
