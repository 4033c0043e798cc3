"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Ltr } from "@/components/ui/ltr";
import { useTickingNow } from "@/hooks/use-ticking-now";
import type { PingReplyEvent } from "@/server/events/for-viewer";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

// Ping jobs expire after 30 s; a worker that has not answered in 10 s is reported as silent.
const answerTimeoutMs = 10_000;

/**
 * Sends one ping to every worker kind and shows each answer as it arrives over the event stream,
 * with its round trip. Only enabled while the stream is open, so no answer can be missed.
 */
export function PingPanel({ replies, live }: { replies: PingReplyEvent[]; live: boolean }) {
  const t = useTranslations("system.ping");
  const format = useFormatter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const now = useTickingNow();
  const [startedAt, setStartedAt] = useState(0);
  const ping = useMutation(trpc.system.ping.mutationOptions({ onMutate: () => setStartedAt(Date.now()) }));
  const current = ping.data;
  const timedOut = now !== null && now - startedAt > answerTimeoutMs;

  return (
    <Card
      title={t("title")}
      actions={
        <button
          type="button"
          className={buttonClass("primary", "sm")}
          disabled={!live || ping.isPending}
          onClick={() => ping.mutate()}
        >
          {ping.isPending ? t("sending") : t("button")}
        </button>
      }
    >
      {ping.isError && <Alert tone="error">{errorMessage(ping.error)}</Alert>}
      {!current ? (
        <p className="text-sm text-slate-600">{live ? t("hint") : t("waitingForStream")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-live="polite">
          {current.kinds.map((kind) => {
            const reply = replies.find(
              (candidate) => candidate.pingId === current.pingId && candidate.kind === kind,
            );
            const unanswered = timedOut ? "silent" : "waiting";
            return (
              <li
                key={kind}
                data-testid={`ping-result-${kind}`}
                data-state={reply ? "answered" : unanswered}
                className="flex flex-wrap items-center justify-between gap-2 py-2.5"
              >
                <span>
                  <Ltr className="font-mono font-medium text-slate-900">{kind}</Ltr>
                  {reply && (
                    <span className="ms-2 text-xs text-slate-500">
                      {t("answeredBy")} <Ltr>{reply.host}</Ltr>
                    </span>
                  )}
                </span>
                {reply ? (
                  <Badge tone="green" data-testid="ping-rtt">
                    {t("roundTrip", { ms: format.number(reply.rttMs, "integer") })}
                  </Badge>
                ) : (
                  <Badge tone={timedOut ? "red" : "amber"}>{t(unanswered)}</Badge>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
