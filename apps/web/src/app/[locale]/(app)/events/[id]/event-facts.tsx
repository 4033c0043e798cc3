"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DetailRow } from "@/components/events/detail-row";
import { useEventDates } from "@/components/events/use-event-dates";
import { FromSourceRow } from "@/components/sources/event-source";
import { Ltr } from "@/components/ui/ltr";
import type { EventData } from "./event-data";

/** The planning facts only staff see: type, scope, visibility, attendance, source, who made it. */
export function EventFacts({ event, timeZone }: { event: EventData; timeZone: string }) {
  const t = useTranslations("event");
  const format = useFormatter();
  const dates = useEventDates(timeZone);
  // Isolated, so a Latin name beside Latin digits keeps its place in an Arabic sentence.
  const byOn = (name: string | null, at: Date) =>
    t.rich("page.byOn", {
      name: name ?? t("page.someone"),
      date: dates.dateTime(at),
      who: (chunks) => <bdi>{chunks}</bdi>,
      when: (chunks) => <bdi>{chunks}</bdi>,
    });
  return (
    <>
      <DetailRow label={t("page.classification")}>
        {t(`types.${event.type}`)} · {t(`scopes.${event.scope}`)} · {t(`visibilities.${event.visibility}`)}
      </DetailRow>
      <DetailRow label={t("fields.expectedAttendance")}>
        {event.expectedAttendance === null
          ? t("page.notGiven")
          : format.number(event.expectedAttendance, "integer")}
      </DetailRow>
      <DetailRow label={t("page.source")}>
        {t(`sources.${event.source}`)}
        {event.externalId && <Ltr className="ms-2 font-mono text-xs text-slate-500">{event.externalId}</Ltr>}
      </DetailRow>
      <FromSourceRow fromSource={event.fromSource} timeZone={timeZone} />
      <DetailRow label={t("page.createdBy")}>{byOn(event.createdByName, event.createdAt)}</DetailRow>
      {event.version > 1 && (
        <DetailRow label={t("page.updatedBy")}>{byOn(event.updatedByName, event.updatedAt)}</DetailRow>
      )}
    </>
  );
}
