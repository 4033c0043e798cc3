import { type ContactFilter, contactSegments } from "@taqweem/db";
import { and, asc, eq, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import type { Executor } from "../tx";
import { countContacts } from "./query";
import { refusingTakenName } from "./unique-name";

const takenName = <T>(write: () => Promise<T>) =>
  refusingTakenName("contact_segments_org_name_key", errorKeys.contactSegmentExists, write);

type SegmentFields = { name: string; filter: ContactFilter };

/** The saved segments, each with how many contacts it selects now (evaluated, never stored). */
export async function listSegments(db: Executor, orgId: string) {
  const rows = await db
    .select({ id: contactSegments.id, name: contactSegments.name, filter: contactSegments.filter })
    .from(contactSegments)
    .where(eq(contactSegments.orgId, orgId))
    .orderBy(asc(contactSegments.name));
  return Promise.all(rows.map(async (row) => ({ ...row, ...(await countContacts(db, orgId, row.filter)) })));
}

export function createSegment(db: Executor, actor: Actor, fields: SegmentFields) {
  return takenName(async () => {
    const [row] = await db
      .insert(contactSegments)
      .values({ ...fields, orgId: actor.orgId, createdBy: actor.userId })
      .returning({ id: contactSegments.id });
    return { id: row!.id };
  });
}

export function updateSegment(db: Executor, actor: Actor, id: string, fields: SegmentFields) {
  return takenName(async () => {
    const [row] = await db
      .update(contactSegments)
      .set({ ...fields, updatedAt: sql`now()` })
      .where(and(eq(contactSegments.id, id), eq(contactSegments.orgId, actor.orgId)))
      .returning({ id: contactSegments.id });
    return row ?? fail("not_found", errorKeys.notFound);
  });
}

export async function removeSegment(db: Executor, actor: Actor, id: string) {
  const [row] = await db
    .delete(contactSegments)
    .where(and(eq(contactSegments.id, id), eq(contactSegments.orgId, actor.orgId)))
    .returning({ id: contactSegments.id });
  return row ?? fail("not_found", errorKeys.notFound);
}
