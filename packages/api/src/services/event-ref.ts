import { type Event, events } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../domain-error";
import type { Executor } from "./tx";

/** The organisation's event, or a not-found error (another organisation's event is not found either). */
export async function findEvent(db: Executor, orgId: string, eventId: string): Promise<Event> {
  const [event] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.orgId, orgId)));
  return event ?? fail("not_found", "errors.notFound");
}
