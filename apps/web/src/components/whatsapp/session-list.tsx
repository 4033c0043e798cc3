"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import type { PacingRules } from "./pacing/pacing-values";
import { SessionCard } from "./session-card";

/** Every session of the organisation, newest first, each in its own card. */
export function SessionList({ pacingRules }: { pacingRules: PacingRules }) {
  const t = useTranslations("whatsapp.sessions");
  const trpc = useTRPC();
  const sessions = useQuery(trpc.whatsapp.sessions.list.queryOptions());
  // Each session is a card of its own; the placeholders stand in a card.
  return (
    <QueryView
      query={sessions}
      loadFailed={t("loadFailed")}
      empty={<EmptyState title={t("emptyTitle")} body={t("emptyBody")} />}
      frame={(placeholder) => <Card>{placeholder}</Card>}
    >
      {(list) => (
        <div className="space-y-6">
          {list.map((session) => (
            <SessionCard key={session.id} session={session} pacingRules={pacingRules} />
          ))}
        </div>
      )}
    </QueryView>
  );
}
