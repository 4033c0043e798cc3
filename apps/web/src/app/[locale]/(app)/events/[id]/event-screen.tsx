"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { HijriToggle } from "@/components/calendar/hijri-toggle";
import { EventContacts } from "@/components/contacts/event-contacts";
import { BilingualText } from "@/components/events/bilingual-text";
import { EventDetails } from "@/components/events/event-details";
import { StatusBadge } from "@/components/events/status-badge";
import { EventPlanning } from "@/components/planning/event/event-planning";
import { GoneFromSourceBadge } from "@/components/sources/event-source";
import { BackLink } from "@/components/ui/back-link";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import type { EventChoices } from "@/lib/calendar-url";
import { useTRPC } from "@/trpc/react";
import { type Notice, NoticeBar } from "../../calendar/notice";
import { EventActions } from "./event-actions";
import type { EventData } from "./event-data";
import { EventFacts } from "./event-facts";
import { EventHistory } from "./event-history";

interface Props {
  id: string;
  timeZone: string;
  choices: EventChoices;
  canEdit: boolean;
}

/** One event: its facts in the reader's language, what editors can do with it, and its history. */
export function EventScreen({ id, ...shown }: Props) {
  const t = useTranslations("event");
  const trpc = useTRPC();
  const event = useQuery(trpc.events.get.queryOptions({ id }));
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <BackLink href="/calendar">{t("page.back")}</BackLink>
        <HijriToggle />
      </div>
      <QueryView
        query={event}
        loadFailed={t("page.loadFailed")}
        notFound={<EmptyState title={t("page.notFoundTitle")} body={t("page.notFoundBody")} />}
      >
        {(data) => <EventBody event={data} {...shown} notice={notice} onNotice={setNotice} />}
      </QueryView>
    </>
  );
}

function EventBody({
  event,
  timeZone,
  choices,
  canEdit,
  notice,
  onNotice,
}: Omit<Props, "id"> & {
  event: EventData;
  notice: Notice | null;
  onNotice: (notice: Notice | null) => void;
}) {
  const t = useTranslations("event");
  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={event.status} />
            <GoneFromSourceBadge fromSource={event.fromSource} />
          </div>
          <BilingualText
            as="h1"
            en={event.titleEn}
            ar={event.titleAr}
            className={`text-2xl font-semibold tracking-tight text-slate-900 ${event.status === "cancelled" ? "line-through decoration-2" : ""}`}
          />
        </div>
        <EventActions
          event={event}
          timeZone={timeZone}
          choices={choices}
          canEdit={canEdit}
          onNotice={onNotice}
        />
      </div>
      <NoticeBar notice={notice} onDismiss={() => onNotice(null)} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <EventDetails event={event} timeZone={timeZone}>
            <EventFacts event={event} timeZone={timeZone} />
          </EventDetails>
          <EventPlanning eventId={event.id} />
          <EventContacts eventId={event.id} />
        </div>
        <aside className="space-y-6" aria-label={t("history.title")}>
          <EventHistory eventId={event.id} timeZone={timeZone} />
        </aside>
      </div>
    </>
  );
}
