"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { DetailRow } from "@/components/events/detail-row";
import { useEventDates } from "@/components/events/use-event-dates";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { StagedStateBadge } from "../staged-state";
import type { StagedDetail } from "../types";
import { IgnoreDialog } from "./ignore-dialog";
import { ImportDialog } from "./import-dialog";
import { PendingChanges } from "./pending-changes";
import { VersionChangesTable } from "./version-changes";
import { VersionCompare } from "./version-compare";

function StagedFacts({ staged, timeZone }: { staged: StagedDetail; timeZone: string }) {
  const t = useTranslations("sources.staged");
  const format = useFormatter();
  const dates = useEventDates(timeZone);
  const latest = staged.versions[0];
  return (
    <Card>
      <dl className="space-y-3">
        <DetailRow label={t("firstSeen")}>{dates.dateTime(staged.firstSeenAt)}</DetailRow>
        <DetailRow label={t("lastSeen")}>{dates.dateTime(staged.lastSeenAt)}</DetailRow>
        <DetailRow label={t("externalId")}>
          <Ltr className="font-mono text-sm">{staged.externalId}</Ltr>
        </DetailRow>
        {latest?.fields.url && (
          <DetailRow label={t("pageAtSource")}>
            <Ltr className="break-all">{latest.fields.url}</Ltr>
          </DetailRow>
        )}
        {staged.event && (
          <DetailRow label={t("inCalendar")}>
            <Link href={`/events/${staged.event.id}`} className="text-brand-700 hover:underline">
              <BilingualText en={staged.event.titleEn} ar={staged.event.titleAr} />
            </Link>
          </DetailRow>
        )}
        {staged.ignoredFields.length > 0 && (
          <DetailRow label={t("ignoreField")}>
            {t("ignoredFields", {
              fields: format.list(staged.ignoredFields.map((field) => t(`fields.${field as "titleEn"}`))),
            })}
          </DetailRow>
        )}
      </dl>
    </Card>
  );
}

/** A staged event: its facts, its difference (against the calendar event, or the version before), and its versions. */
export function StagedView({ id, timeZone }: { id: string; timeZone: string }) {
  const t = useTranslations("sources.staged");
  const dates = useEventDates(timeZone);
  const trpc = useTRPC();
  const staged = useQuery(trpc.sources.staged.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <BackLink href="/sources/review">{t("back")}</BackLink>
      <QueryView
        query={staged}
        loadFailed={t("loadFailed")}
        notFound={<EmptyState title={t("missingTitle")} body={t("missingBody")} />}
      >
        {(detail) => {
          const latest = detail.versions[0]!;
          return (
            <>
              <div className="flex flex-wrap items-start justify-between gap-4">
                <div>
                  <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
                    <BilingualText en={latest.fields.titleEn} ar={latest.fields.titleAr} />
                  </h1>
                  <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    <StagedStateBadge state={detail.state} />
                    <span>{detail.source.name}</span>
                  </div>
                </div>
                {!detail.event && !detail.ignoredAt && (
                  <div className="flex gap-2">
                    <IgnoreDialog stagedId={detail.id} />
                    <ImportDialog stagedId={detail.id} />
                  </div>
                )}
              </div>
              {detail.goneAt && (
                <Alert tone="warning">{t("goneSince", { date: dates.dateTime(detail.goneAt) })}</Alert>
              )}
              {detail.ignoredAt && <Alert tone="info">{t("ignoredNotice")}</Alert>}
              <StagedFacts staged={detail} timeZone={timeZone} />
              {detail.event ? (
                <PendingChanges staged={detail} timeZone={timeZone} />
              ) : (
                <Card title={t("changesTitle")}>
                  <p className="mb-4 text-sm text-slate-600">{t("changesIntro")}</p>
                  <VersionChangesTable
                    label={t("changesTitle")}
                    changes={detail.versionChanges}
                    timeZone={timeZone}
                    withFrom={detail.versions.length > 1}
                  />
                </Card>
              )}
              <VersionCompare staged={detail} timeZone={timeZone} />
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
