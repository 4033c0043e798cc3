"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { HijriToggle } from "@/components/calendar/hijri-toggle";
import { BilingualText } from "@/components/events/bilingual-text";
import { DetailRow } from "@/components/events/detail-row";
import { EventDetails } from "@/components/events/event-details";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

/** A published public event for anyone, in the reader's language. */
export function PublicEventView({ id }: { id: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const info = useQuery(trpc.publicCalendar.info.queryOptions());
  const event = useQuery(trpc.publicCalendar.event.queryOptions({ id }));

  let body: ReactNode;
  if (event.isPending || info.isPending) body = <LoadingState />;
  else if (event.isError && event.error.data?.code === "NOT_FOUND")
    body = <EmptyState title={t("publicCalendar.notFoundTitle")} body={t("publicCalendar.notFoundBody")} />;
  else if (event.isError || info.isError)
    body = (
      <ErrorState
        title={t("publicCalendar.loadFailed")}
        body={errorMessage(event.error ?? info.error)}
        onRetry={() => Promise.all([event.refetch(), info.refetch()])}
      />
    );
  else
    body = (
      <>
        <BilingualText
          as="h1"
          en={event.data.titleEn}
          ar={event.data.titleAr}
          className="mb-6 text-2xl font-semibold tracking-tight text-slate-900"
        />
        <EventDetails event={event.data} timeZone={info.data.timeZone}>
          <DetailRow label={t("event.fields.type")}>{t(`event.types.${event.data.type}`)}</DetailRow>
        </EventDetails>
      </>
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
