"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { PacingRules } from "./pacing/pacing-values";
import { SessionCard } from "./session-card";

/** Every session of the organisation, newest first, each in its own card. */
export function SessionList({ pacingRules }: { pacingRules: PacingRules }) {
  const t = useTranslations("whatsapp.sessions");
  const trpc = useTRPC();
  const sessions = useQuery(trpc.whatsapp.sessions.list.queryOptions());
  const errorMessage = useErrorMessage();
  if (sessions.isPending)
    return (
      <Card>
        <LoadingState />
      </Card>
    );
  if (sessions.isError)
    return (
      <Card>
        <ErrorState
          title={t("loadFailed")}
          body={errorMessage(sessions.error)}
          onRetry={() => sessions.refetch()}
        />
      </Card>
    );
  if (sessions.data.length === 0)
    return (
      <Card>
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      </Card>
    );
  return (
    <div className="space-y-6">
      {sessions.data.map((session) => (
        <SessionCard key={session.id} session={session} pacingRules={pacingRules} />
      ))}
    </div>
  );
}
