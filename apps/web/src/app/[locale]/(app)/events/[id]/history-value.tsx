"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEventDates } from "@/components/events/use-event-dates";
import { useRecurrenceText } from "@/components/events/use-recurrence-text";
import { Ltr } from "@/components/ui/ltr";
import { localized } from "@/lib/bilingual";
import { useTRPC } from "@/trpc/react";

const timeFields = new Set(["startsAt", "endsAt"]);
const enumFields = {
  type: "types",
  scope: "scopes",
  visibility: "visibilities",
  status: "statuses",
} as const;

/**
 * One value from the audit log as a reader would write it: times in the organisation's zone,
 * choices and categories by their names, the recurrence in words. JSON dates arrive as strings.
 */
export function HistoryValue({
  field,
  value,
  timeZone,
}: {
  field: string;
  value: unknown;
  timeZone: string;
}) {
  const t = useTranslations("event");
  const locale = useLocale();
  const dates = useEventDates(timeZone);
  const recurrence = useRecurrenceText(timeZone);
  const trpc = useTRPC();
  const categories = useQuery({ ...trpc.categories.list.queryOptions(), enabled: field === "categoryId" });

  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return <span className="text-slate-500">{t("history.empty")}</span>;
  if (timeFields.has(field) && typeof value === "string")
    return <span>{dates.dateTime(new Date(value))}</span>;
  if (field === "exdates" && Array.isArray(value))
    return (
      <span>
        {new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(
          value.map((date) => dates.dateTime(new Date(String(date)))),
        )}
      </span>
    );
  if (field in enumFields) {
    const key = `${enumFields[field as keyof typeof enumFields]}.${String(value)}`;
    return <span>{t.has(key as "types.local") ? t(key as "types.local") : String(value)}</span>;
  }
  if (field === "allDay") return <span>{value ? t("history.yes") : t("history.no")}</span>;
  if (field === "rrule") return <span>{recurrence(String(value))}</span>;
  if (field === "categoryId") {
    const category = categories.data?.find((candidate) => candidate.id === value);
    const name = category && localized(category.nameEn, category.nameAr, locale);
    return <span lang={name?.lang}>{name?.text ?? t("history.deletedCategory")}</span>;
  }
  if (field === "timeZone" || field === "link") return <Ltr className="break-all">{String(value)}</Ltr>;
  return (
    <span dir="auto" className="whitespace-pre-line">
      {String(value)}
    </span>
  );
}
