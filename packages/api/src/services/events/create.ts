import { type Database, type Event, events } from "@taqweem/db";
import type { PgBoss } from "pg-boss";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import type { Tx } from "../tx";
import { announceEventChange } from "../whatsapp/announce";
import { assertOwnCategory } from "./category-check";
import type { NewEventInput } from "./fields";
import { normaliseTimes } from "./normalise";
import { orgTimeZone } from "./org-time-zone";
import { snapshotDiff } from "./tracked";

/** Who creates an event: a member, or the system (userId null) when a source's events import themselves. */
export type Creator = Pick<Actor, "orgId"> & { userId: string | null };

/** Inserts one event and its audit entry with the caller's transaction (also used by the CSV import). */
export async function insertEvent(tx: Tx, actor: Creator, input: NewEventInput, defaultTimeZone: string) {
  await assertOwnCategory(tx, actor.orgId, input.categoryId);
  const times = normaliseTimes({
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    allDay: input.allDay ?? false,
    timeZone: input.timeZone ?? defaultTimeZone,
    rrule: input.rrule ?? null,
    exdates: input.exdates ?? [],
  });
  const [event] = await tx
    .insert(events)
    .values({
      ...input,
      ...times,
      orgId: actor.orgId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      publishedAt: input.status === "published" ? new Date() : null,
    })
    .returning();
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "event.create",
    entity: "event",
    entityId: event!.id,
    diff: snapshotDiff(event!, "created"),
  });
  return event!;
}

/** Creates one event in the caller's transaction; one created as published is announced at once. */
export async function createEventIn(
  tx: Tx,
  boss: PgBoss,
  actor: Creator,
  input: NewEventInput,
): Promise<Event> {
  const event = await insertEvent(tx, actor, input, await orgTimeZone(tx, actor.orgId));
  if (event.status === "published") await announceEventChange(tx, boss, event.id, { kind: "published" });
  return event;
}

/** Creates one event; one created as published is announced at once, as publishing a draft would be. */
export async function createEvent(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  input: NewEventInput,
): Promise<Event> {
  return db.transaction((tx) => createEventIn(tx, boss, actor, input));
}
