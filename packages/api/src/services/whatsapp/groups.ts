import {
  type Database,
  type Locale,
  type WaAnnouncementAudience,
  waAnnouncementGroups,
  waGroups,
  waSessions,
} from "@taqweem/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { queueWaCommand } from "./commands";
import type { AnnouncementChoice, ListGroupsFilter } from "./group-inputs";

/**
 * The organisation's groups (those the numbers still belong to, unless `includeLeft`), and the
 * announcement group chosen for each audience and language.
 */
export async function listGroups(db: Database, orgId: string, filter: ListGroupsFilter) {
  const [groups, chosen] = await Promise.all([
    db
      .select({
        id: waGroups.id,
        sessionId: waGroups.sessionId,
        sessionName: waSessions.name,
        jid: waGroups.jid,
        name: waGroups.name,
        participantCount: waGroups.participantCount,
        announceOnly: waGroups.announceOnly,
        syncedAt: waGroups.syncedAt,
        leftAt: waGroups.leftAt,
      })
      .from(waGroups)
      .innerJoin(waSessions, eq(waSessions.id, waGroups.sessionId))
      .where(
        and(
          eq(waGroups.orgId, orgId),
          filter.sessionId ? eq(waGroups.sessionId, filter.sessionId) : undefined,
          filter.includeLeft ? undefined : isNull(waGroups.leftAt),
        ),
      )
      .orderBy(asc(waGroups.name)),
    db
      .select({
        audience: waAnnouncementGroups.audience,
        language: waAnnouncementGroups.language,
        groupId: waAnnouncementGroups.groupId,
      })
      .from(waAnnouncementGroups)
      .where(eq(waAnnouncementGroups.orgId, orgId)),
  ]);
  const announcement: Record<WaAnnouncementAudience, Record<Locale, string | null>> = {
    internal: { en: null, ar: null },
    public: { en: null, ar: null },
  };
  for (const row of chosen) announcement[row.audience][row.language] = row.groupId;
  return { groups, announcement };
}

/** Asks the owning worker to fetch the groups again (it skips the fetch if it synced within a minute). */
export async function requestGroupSync(db: Database, boss: PgBoss, actor: Actor, sessionId: string) {
  await db.transaction(async (tx) => {
    const [session] = await tx
      .select({ status: waSessions.status })
      .from(waSessions)
      .where(and(eq(waSessions.id, sessionId), eq(waSessions.orgId, actor.orgId)));
    if (!session) fail("not_found", errorKeys.notFound);
    if (session.status !== "connected") fail("invalid", errorKeys.waNotConnected);
    await queueWaCommand(tx, boss, { action: "sync_groups", sessionId });
  });
  return { queued: true as const };
}

/** Chooses (or with null, clears) the group that gets event announcements for `audience` in `language`. */
export async function setAnnouncementGroup(db: Database, actor: Actor, choice: AnnouncementChoice) {
  const { audience, language, groupId } = choice;
  await db.transaction(async (tx) => {
    if (groupId === null) {
      await tx
        .delete(waAnnouncementGroups)
        .where(
          and(
            eq(waAnnouncementGroups.orgId, actor.orgId),
            eq(waAnnouncementGroups.audience, audience),
            eq(waAnnouncementGroups.language, language),
          ),
        );
    } else {
      const [group] = await tx
        .select({ id: waGroups.id })
        .from(waGroups)
        .where(and(eq(waGroups.id, groupId), eq(waGroups.orgId, actor.orgId), isNull(waGroups.leftAt)));
      if (!group) fail("not_found", errorKeys.waGroupNotFound);
      await tx
        .insert(waAnnouncementGroups)
        .values({ orgId: actor.orgId, audience, language, groupId })
        .onConflictDoUpdate({
          target: [waAnnouncementGroups.orgId, waAnnouncementGroups.audience, waAnnouncementGroups.language],
          set: { groupId },
        });
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.announcement_group",
      entity: "wa_group",
      entityId: groupId,
      diff: { audience, language },
    });
  });
  return { audience, language, groupId };
}
