import { type Database, waGroups, waMessages, waSessions } from "@taqweem/db";
import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { afterCursor, newestFirst, toPage } from "../pagination";
import { enqueueWhatsApp } from "./enqueue";
import type { MessageFilter, TestSend } from "./message-inputs";
import { orgPhone } from "./phone";

/** Messages newest first, with the group's name for group messages; page with `nextCursor`. */
export async function listMessages(db: Database, orgId: string, filter: MessageFilter) {
  const rows = await db
    .select({
      id: waMessages.id,
      sessionId: waMessages.sessionId,
      sessionName: waSessions.name,
      recipientType: waMessages.recipientType,
      recipient: waMessages.recipient,
      groupName: waGroups.name,
      body: waMessages.body,
      language: waMessages.language,
      purpose: waMessages.purpose,
      template: waMessages.template,
      entity: waMessages.entity,
      entityId: waMessages.entityId,
      status: waMessages.status,
      attempts: waMessages.attempts,
      error: waMessages.error,
      createdAt: waMessages.createdAt,
      sentAt: waMessages.sentAt,
      deliveredAt: waMessages.deliveredAt,
      readAt: waMessages.readAt,
      failedAt: waMessages.failedAt,
    })
    .from(waMessages)
    .leftJoin(waSessions, eq(waSessions.id, waMessages.sessionId))
    .leftJoin(
      waGroups,
      and(
        eq(waMessages.recipientType, "group"),
        eq(waGroups.orgId, waMessages.orgId),
        eq(waGroups.jid, waMessages.recipient),
        // One row per message when the same group is known through two sessions.
        or(eq(waGroups.sessionId, waMessages.sessionId), isNull(waMessages.sessionId)),
      ),
    )
    .where(
      and(
        eq(waMessages.orgId, orgId),
        filter.sessionId ? eq(waMessages.sessionId, filter.sessionId) : undefined,
        filter.status ? eq(waMessages.status, filter.status) : undefined,
        filter.from ? gte(waMessages.createdAt, filter.from) : undefined,
        filter.to ? lte(waMessages.createdAt, filter.to) : undefined,
        afterCursor(waMessages, filter.cursor),
      ),
    )
    .orderBy(...newestFirst(waMessages))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit);
}

/** Queues a test message through a session, to a phone number or one of its groups. */
export async function sendTestMessage(db: Database, boss: PgBoss, actor: Actor, input: TestSend) {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: waSessions.id })
      .from(waSessions)
      .where(and(eq(waSessions.id, input.sessionId), eq(waSessions.orgId, actor.orgId)));
    if (!session) fail("not_found", errorKeys.notFound);
    let recipient: string;
    if (input.recipientType === "contact") {
      recipient = await orgPhone(tx, actor.orgId, input.phone, errorKeys.waInvalidPhone);
    } else {
      const [group] = await tx
        .select({ jid: waGroups.jid })
        .from(waGroups)
        .where(
          and(
            eq(waGroups.id, input.groupId),
            eq(waGroups.sessionId, input.sessionId),
            isNull(waGroups.leftAt),
          ),
        );
      if (!group) fail("not_found", errorKeys.waGroupNotFound);
      recipient = group.jid;
    }
    const messageId = await enqueueWhatsApp(tx, boss, {
      orgId: actor.orgId,
      sessionId: input.sessionId,
      recipientType: input.recipientType,
      recipient,
      body: input.body,
      language: input.language,
      purpose: "test",
      entity: "user",
      entityId: actor.userId,
    });
    return { messageId, recipient };
  });
}
