"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { describeRule, sampleDateOf } from "@/lib/recurrence";
import { fromLocalInput } from "@/lib/zoned-time";
import { useEventDates } from "./use-event-dates";

/** A recurrence rule in words in the reader's language ("Every 2 weeks on Monday and Wednesday, 6 times"). */
export function useRecurrenceText(timeZone: string): (rule: string) => string {
  const t = useTranslations("event.recurrence");
  const format = useFormatter();
  const locale = useLocale();
  const dates = useEventDates(timeZone);
  return (rule) => {
    const description = describeRule(rule, timeZone);
    if (!description) return t("custom", { rule });
    const { frequency, interval, weekdays, monthDay, end } = description;
    const parts = [t(frequency, { interval })];
    if (weekdays.length > 0) {
      const names = weekdays.map((day) =>
        format.dateTime(sampleDateOf(day), { weekday: "long", timeZone: "UTC" }),
      );
      parts.push(t("onDays", { days: new Intl.ListFormat(locale, { type: "conjunction" }).format(names) }));
    }
    if (monthDay !== null) parts.push(t("onMonthDay", { day: format.number(monthDay, "integer") }));
    if (end.kind === "count") parts.push(t("count", { count: end.count }));
    if (end.kind === "until") {
      const until = fromLocalInput(end.date, timeZone);
      if (until) parts.push(t("until", { date: dates.date(until) }));
    }
    return parts.join(t("separator"));
  };
}
