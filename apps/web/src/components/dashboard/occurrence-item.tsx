"use client";

import { useFormatter, useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { StatusBadge } from "@/components/events/status-badge";
import { Link } from "@/i18n/navigation";

export interface Occurrence {
  eventId: string;
  titleEn: string | null;
  titleAr: string | null;
  status: "draft" | "published" | "cancelled";
  allDay: boolean;
  recurring: boolean;
  start: Date;
  end: Date;
}

/** When an occurrence happens, in the organisation's zone with Latin digits: with its day or without. */
function useWhen(timeZone: string, withDay: boolean) {
  const format = useFormatter();
  const t = useTranslations("home.event");
  const base = { timeZone, numberingSystem: "latn" } as const;
  const day = { weekday: "short", day: "numeric", month: "short" } as const;
  return (occurrence: Occurrence) => {
    if (occurrence.allDay)
      return withDay
        ? `${format.dateTime(occurrence.start, { ...base, ...day })} · ${t("allDay")}`
        : t("allDay");
    return format
      .dateTimeRange(occurrence.start, occurrence.end, {
        ...base,
        ...(withDay && day),
        hour: "2-digit",
        minute: "2-digit",
      })
      .replace(/[\u2009\u202f]/g, " ");
  };
}

/** An event occurrence on the home page: its time, title and state, linking to the event. */
export function OccurrenceList({
  items,
  timeZone,
  withDay,
}: {
  items: Occurrence[];
  timeZone: string;
  withDay: boolean;
}) {
  const t = useTranslations("home.event");
  const when = useWhen(timeZone, withDay);
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((occurrence) => (
        <li
          key={`${occurrence.eventId}-${occurrence.start.getTime()}`}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
          data-testid="dashboard-event"
        >
          <span className="w-full text-sm text-slate-600 tabular-nums sm:w-auto sm:min-w-40">
            {when(occurrence)}
          </span>
          <Link href={`/events/${occurrence.eventId}`} className="font-medium text-slate-900 hover:underline">
            <BilingualText en={occurrence.titleEn} ar={occurrence.titleAr} />
          </Link>
          {occurrence.recurring && <span className="text-xs text-slate-500">{t("recurring")}</span>}
          {occurrence.status === "draft" && <StatusBadge status="draft" />}
        </li>
      ))}
    </ul>
  );
}
