"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { useTRPC } from "@/trpc/react";
import { ProgressBar } from "../progress-bar";

const statuses = ["queued", "sent", "delivered", "read", "failed", "skipped"] as const;

/**
 * The live state: progress bar, recipients per status, the pace, the estimated finish in the
 * organisation's time, and why it waits or was paused.
 */
export function CampaignProgress({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.progress");
  const tr = useTranslations("campaigns");
  const format = useFormatter();
  const trpc = useTRPC();
  const progress = useQuery(trpc.campaigns.progress.queryOptions({ campaignId }));
  return (
    <Card title={t("title")}>
      <QueryView query={progress} loadFailed={t("loadFailed")}>
        {(data) => {
          const at = (date: Date) =>
            format.dateTime(date, {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: data.timeZone,
              numberingSystem: "latn",
            });
          return (
            <div className="space-y-4" data-testid="campaign-progress" data-state={data.state}>
              <p className="font-medium text-slate-900" data-testid="campaign-state">
                {tr(`state.${data.state}`)}
              </p>
              {data.missedSchedule && <Alert tone="warning">{t("missedSchedule")}</Alert>}
              {data.state === "paused" && data.pauseReason && (
                <Alert tone="warning">
                  {t("pausedBecause", { reason: tr(`reason.${reasonKey(data.pauseReason)}`) })}
                </Alert>
              )}
              {data.state === "failed" && <Alert tone="error">{t("failed")}</Alert>}
              <ProgressBar done={data.done} total={data.total} label={t("bar")} />
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
                {statuses.map((status) => (
                  <div key={status} className="rounded-lg bg-slate-50 p-3" data-testid={`count-${status}`}>
                    <dt className="text-xs text-slate-500">{tr(`recipientStatus.${status}`)}</dt>
                    <dd className="text-lg font-semibold tabular-nums">
                      <Ltr>{format.number(data.counts[status], "integer")}</Ltr>
                    </dd>
                  </div>
                ))}
              </dl>
              <ul className="space-y-1 text-sm text-slate-700">
                <li>
                  {t.rich("done", {
                    done: data.done,
                    total: data.total,
                    ltr: (chunks) => <Ltr>{chunks}</Ltr>,
                  })}
                </li>
                {data.exclusions && (
                  <li>
                    {t("excluded", {
                      optedOut: data.exclusions.optedOut,
                      invalid: data.exclusions.invalidPhone,
                      duplicate: data.exclusions.duplicate,
                    })}
                  </li>
                )}
                {data.perHour !== null && <li>{t("pace", { perHour: data.perHour })}</li>}
                {data.estimatedFinish && (
                  <li>{t("finish", { at: at(data.estimatedFinish), zone: data.timeZone })}</li>
                )}
                {data.waitingReason && (
                  <li data-testid="waiting-reason">
                    {data.waitingUntil
                      ? t("waitingUntil", {
                          reason: tr(`waiting.${data.waitingReason}`),
                          at: at(data.waitingUntil),
                        })
                      : t("waiting", { reason: tr(`waiting.${data.waitingReason}`) })}
                  </li>
                )}
              </ul>
            </div>
          );
        }}
      </QueryView>
    </Card>
  );
}

const pauseReasons = [
  "staff",
  "disconnected",
  "banned",
  "logged_out",
  "failed",
  "qr_required",
  "restricted_463",
  "reachout_timelock",
  "quota_exhausted",
  "send_unauthorized",
  "no_session",
] as const;
type PauseReason = (typeof pauseReasons)[number];

/** The message key of a pause reason; a code the UI does not know reads as "the number". */
const reasonKey = (reason: string): PauseReason | "number" =>
  (pauseReasons as readonly string[]).includes(reason) ? (reason as PauseReason) : "number";
