import type { Database } from "@taqweem/db";
import type { Logger } from "@taqweem/jobs/runtime";
import type { PgBoss } from "pg-boss";
import type { SessionStore } from "../sessions/store";
import { failMessage, type MessageRef, returnToPending } from "./message-rows";
import { pauseSending, restrictionOf } from "./pause";
import { deferSend } from "./requeue";

export interface RefusalDeps {
  db: Database;
  boss: PgBoss;
  store: SessionStore;
  log: Logger;
  waitRecheckMs: number;
}

/**
 * WhatsApp refused a message (a failed send or an error ack). A restriction code pauses the
 * session's sending and keeps the message queued; any other code fails this message only.
 */
export async function applyRefusal(
  deps: RefusalDeps,
  sessionId: string,
  ref: MessageRef,
  code: string,
): Promise<"failed" | "paused"> {
  const restriction = restrictionOf(code);
  if (!restriction) {
    await failMessage(deps.db, ref, `rejected:${code}`);
    return "failed";
  }
  deps.log.warn({ sessionId, code }, "WhatsApp refused a message as restricted: sending paused");
  const rows = await returnToPending(deps.db, ref, restriction);
  await pauseSending(deps.store, sessionId, restriction, null);
  for (const row of rows) await deferSend(deps.boss, row.id, deps.waitRecheckMs, sessionId);
  return "paused";
}
