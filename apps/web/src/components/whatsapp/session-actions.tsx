"use client";

import { DeleteSessionButton } from "./delete-session-button";
import { LogoutButton } from "./logout-button";
import { PacingButton } from "./pacing/pacing-button";
import { PacingSummary } from "./pacing/pacing-summary";
import type { PacingRules } from "./pacing/pacing-values";
import type { WaSessionView } from "./types";

/** The footer of a session's card: its pacing, and the ways to unlink or remove it. */
export function SessionActions({
  session,
  pacingRules,
}: {
  session: WaSessionView;
  pacingRules: PacingRules;
}) {
  const canLogout =
    session.status !== "logged_out" && (session.status === "connected" || session.phone !== null);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
      <PacingSummary pacing={session.pacing} />
      <div className="flex flex-wrap gap-2">
        <PacingButton session={session} rules={pacingRules} />
        {canLogout && <LogoutButton session={session} />}
        <DeleteSessionButton session={session} />
      </div>
    </div>
  );
}
