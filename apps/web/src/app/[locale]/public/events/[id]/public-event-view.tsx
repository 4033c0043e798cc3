"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { HijriToggle } from "@/components/calendar/hijri-toggle";
import { BilingualText } from "@/components/events/bilingual-text";
import { DetailRow } from "@/components/events/detail-row";
import { EventDetails } from "@/components/events/event-details";
import { BackLink } from "@/components/ui/back-link";
import { bothQueries, QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";

/** A published public event for anyone, in the reader's language. */
export function PublicEventView({ id }: { id: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const info = useQuery(trpc.publicCalendar.info.queryOptions());
  const event = useQuery(trpc.publicCalendar.event.queryOptions({ id }));

  const body = (
    <QueryView
      query={bothQueries(event, info)}
      loadFailed={t("publicCalendar.loadFailed")}
      notFound={
        <EmptyState title={t("publicCalendar.notFoundTitle")} body={t("publicCalendar.notFoundBody")} />
      }
    >
      {([found, org]) => (
        <>
          <BilingualText
            as="h1"
            en={found.titleEn}
            ar={found.titleAr}
            className="mb-6 text-2xl font-semibold tracking-tight text-slate-900"
          />
          <EventDetails event={found} timeZone={org.timeZone}>
            <DetailRow label={t("event.fields.type")}>{t(`event.types.${found.type}`)}</DetailRow>
          </EventDetails>
        </>
      )}
    </QueryView>
  );

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <BackLink href="/public">{t("publicCalendar.back")}</BackLink>
        <HijriToggle />
      </div>
      {body}
    </>
  );
}
