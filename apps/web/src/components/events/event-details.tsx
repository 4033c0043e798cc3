"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { BilingualText } from "./bilingual-text";
import { CategoryChip } from "./category-chip";
import { DetailRow } from "./detail-row";
import { EventWhen } from "./event-when";
import { useRecurrenceText } from "./use-recurrence-text";

/** What the staff event page and the public one both show. */
export interface EventDetailsData {
  descriptionEn: string | null;
  descriptionAr: string | null;
  locationEn: string | null;
  locationAr: string | null;
  organisersEn: string | null;
  organisersAr: string | null;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  rrule: string | null;
  link: string | null;
  category: { nameEn: string; nameAr: string; color: string } | null;
}

/** An event's facts in the reader's language, then its description; `children` adds rows. */
export function EventDetails({
  event,
  timeZone,
  children,
}: {
  event: EventDetailsData;
  timeZone: string;
  children?: ReactNode;
}) {
  const t = useTranslations("event");
  const recurrence = useRecurrenceText(timeZone);
  return (
    <Card title={t("page.details")}>
      <dl className="divide-y divide-slate-100">
        <DetailRow label={t("page.when")}>
          <EventWhen start={event.startsAt} end={event.endsAt} allDay={event.allDay} timeZone={timeZone} />
        </DetailRow>
        {event.rrule && (
          <DetailRow label={t("page.repeats")}>
            <span data-testid="event-recurrence">{recurrence(event.rrule)}</span>
          </DetailRow>
        )}
        <DetailRow label={t("page.where")}>
          <BilingualText en={event.locationEn} ar={event.locationAr} missing={t("page.notGiven")} />
        </DetailRow>
        <DetailRow label={t("page.organisers")}>
          <BilingualText en={event.organisersEn} ar={event.organisersAr} missing={t("page.notGiven")} />
        </DetailRow>
        <DetailRow label={t("fields.categoryId")}>
          <CategoryChip category={event.category} />
        </DetailRow>
        {event.link && (
          <DetailRow label={t("fields.link")}>
            <a
              href={event.link}
              target="_blank"
              rel="noopener noreferrer"
              dir="ltr"
              className="break-all font-medium text-brand-700 underline"
            >
              {event.link}
            </a>
          </DetailRow>
        )}
        {children}
      </dl>
      <div className="mt-4 border-t border-slate-200 pt-4">
        <h3 className="mb-2 text-sm font-medium text-slate-500">{t("page.description")}</h3>
        <BilingualText
          as="div"
          en={event.descriptionEn}
          ar={event.descriptionAr}
          missing={t("page.noDescription")}
          className="leading-relaxed text-slate-800"
        />
      </div>
    </Card>
  );
}
