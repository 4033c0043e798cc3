"use client";

import { useTranslations } from "next-intl";
import { useEventDates } from "@/components/events/use-event-dates";
import { Ltr } from "@/components/ui/ltr";

const linkFields = new Set(["link", "url", "imageUrl"]);
const instantFields = new Set(["startsAt", "endsAt"]);

interface Times {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
}
const isTimes = (value: unknown): value is Times =>
  typeof value === "object" && value !== null && "startsAt" in value && "endsAt" in value;

/**
 * One value of a diff as plain text: times in the organisation's zone, links isolated left to
 * right and never made clickable (they come from a site), nothing rendered as HTML.
 */
export function FieldValue({ field, value, timeZone }: { field: string; value: unknown; timeZone: string }) {
  const t = useTranslations("sources.staged");
  const dates = useEventDates(timeZone);
  if (value === null || value === undefined || value === "")
    return <span className="text-slate-500">{t("empty")}</span>;
  if (isTimes(value))
    return <span>{dates.span(new Date(value.startsAt), new Date(value.endsAt), value.allDay)}</span>;
  if (typeof value === "boolean") return <span>{value ? t("yes") : t("no")}</span>;
  const text = String(value);
  if (instantFields.has(field)) return <span>{dates.dateTime(new Date(text))}</span>;
  if (linkFields.has(field)) return <Ltr className="break-all">{text}</Ltr>;
  return (
    <span dir="auto" className="whitespace-pre-line">
      {text}
    </span>
  );
}
