"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LinkPanel } from "./link/link-panel";
import type { PacingRules } from "./pacing/pacing-values";
import { PausedBanner } from "./paused-banner";
import { SessionActions } from "./session-actions";
import { SessionFacts } from "./session-facts";
import { SessionGroups } from "./session-groups";
import { SessionStatusBadge } from "./session-status-badge";
import { SimulatorControls } from "./simulator-controls";
import type { WaSessionView } from "./types";
import { useSessionErrorText } from "./use-code-text";

const alarming = new Set(["banned", "failed"]);

/** One linked (or to be linked) number: its live state, how to link it, its groups and settings. */
export function SessionCard({ session, pacingRules }: { session: WaSessionView; pacingRules: PacingRules }) {
  const t = useTranslations("whatsapp");
  const errorText = useSessionErrorText();
  const showError = session.lastError && session.status !== "connected";
  return (
    <article data-testid="wa-session" data-session-id={session.id} aria-label={session.name}>
      <Card
        title={session.name}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {session.transport === "simulator" && (
              <Badge tone="blue" data-testid="simulator-badge">
                {t("simulator.badge")}
              </Badge>
            )}
            <SessionStatusBadge status={session.status} />
          </div>
        }
      >
        <div className="space-y-5">
          <SessionFacts session={session} />
          {session.sendingPausedReason && <PausedBanner session={session} />}
          {showError && (
            <Alert tone={alarming.has(session.status) ? "error" : "info"}>
              <span data-testid="session-error">{errorText(session.lastError!)}</span>
            </Alert>
          )}
          {session.status !== "connected" && <LinkPanel session={session} />}
          {session.transport === "simulator" && <SimulatorControls session={session} />}
          <SessionGroups session={session} />
          <SessionActions session={session} pacingRules={pacingRules} />
        </div>
      </Card>
    </article>
  );
}
