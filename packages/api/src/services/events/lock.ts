import { type Event, events } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Tx } from "../tx";
import type { EventTarget } from "./inputs";

/** The event to change, locked for the transaction; refused unless the caller saw this version. */
export async function lockEvent(tx: Tx, orgId: string, target: EventTarget): Promise<Event> {
  const [event] = await tx
    .select()
    .from(events)
    .where(and(eq(events.id, target.id), eq(events.orgId, orgId)))
    .for("update");
  if (!event) fail("not_found", errorKeys.notFound);
  if (event.version !== target.version) fail("stale", errorKeys.staleVersion);
  return event;
}
