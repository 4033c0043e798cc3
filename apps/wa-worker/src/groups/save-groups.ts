import { type Database, waGroups, waSessions } from "@taqweem/db";
import { publishEventInTx } from "@taqweem/jobs";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { GroupInfo } from "../transport/types";

/**
 * Stores the groups the number belongs to: new ones are added, known ones updated, and groups no
 * longer listed are marked as left (kept, so past messages and settings still name them).
 */
export async function saveGroups(
  db: Database,
  session: { id: string; orgId: string },
  groups: GroupInfo[],
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const group of groups) {
      const values = {
        name: group.name,
        participantCount: group.participantCount,
        announceOnly: group.announceOnly,
        syncedAt: sql`now()`,
        leftAt: null,
      };
      await tx
        .insert(waGroups)
        .values({ ...values, orgId: session.orgId, sessionId: session.id, jid: group.jid })
        .onConflictDoUpdate({ target: [waGroups.sessionId, waGroups.jid], set: values });
    }
    const current = groups.map((group) => group.jid);
    await tx
      .update(waGroups)
      .set({ leftAt: sql`now()` })
      .where(
        and(
          eq(waGroups.sessionId, session.id),
          isNull(waGroups.leftAt),
          current.length > 0 ? notInArray(waGroups.jid, current) : undefined,
        ),
      );
    const [row] = await tx
      .update(waSessions)
      .set({ groupsSyncedAt: sql`now()` })
      .where(eq(waSessions.id, session.id))
      .returning({ syncedAt: waSessions.groupsSyncedAt });
    await publishEventInTx(tx, {
      type: "wa.groups",
      orgId: session.orgId,
      sessionId: session.id,
      count: groups.length,
      syncedAt: (row?.syncedAt ?? new Date()).toISOString(),
    });
  });
}
