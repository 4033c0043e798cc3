import { createHash, randomBytes } from "node:crypto";
import { calendarFeedTokens, type Database, memberships, users } from "@taqweem/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import type { Executor, Tx } from "../tx";

const tokenFormat = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Where the private feed is served; the token is its only credential. */
const feedPath = (token: string) => `/api/calendar/feed/${token}.ics`;

const activeToken = (actor: Actor) =>
  and(
    eq(calendarFeedTokens.orgId, actor.orgId),
    eq(calendarFeedTokens.userId, actor.userId),
    isNull(calendarFeedTokens.revokedAt),
  );

async function revokeActive(tx: Tx, actor: Actor): Promise<boolean> {
  const revoked = await tx
    .update(calendarFeedTokens)
    .set({ revokedAt: sql`now()` })
    .where(activeToken(actor))
    .returning({ id: calendarFeedTokens.id });
  return revoked.length > 0;
}

/** Whether the member has a private feed, and since when (the token itself is never stored). */
export async function feedTokenStatus(db: Executor, actor: Actor) {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(activeToken(actor));
  return { active: row !== undefined, createdAt: row?.createdAt ?? null };
}

/** A new private feed token for the member, replacing (revoking) any earlier one; shown only now. */
export async function issueFeedToken(db: Database, actor: Actor) {
  const token = randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    // Serialises two issues for the same member, which would otherwise both pass the revoke.
    await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, actor.userId)))
      .for("update");
    const replaced = await revokeActive(tx, actor);
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({ orgId: actor.orgId, userId: actor.userId, tokenHash: hashOf(token) })
      .returning({ createdAt: calendarFeedTokens.createdAt });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: replaced ? "calendar_feed.rotate" : "calendar_feed.create",
      entity: "calendar_feed",
      entityId: actor.userId,
    });
    return { token, path: feedPath(token), createdAt: row!.createdAt };
  });
}

export async function revokeFeedToken(db: Database, actor: Actor) {
  return db.transaction(async (tx) => {
    const revoked = await revokeActive(tx, actor);
    if (revoked)
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "calendar_feed.revoke",
        entity: "calendar_feed",
        entityId: actor.userId,
      });
    return { revoked };
  });
}

/** The member a feed token belongs to, while the token is active and the membership too. */
export async function resolveFeedToken(db: Executor, token: string) {
  if (!tokenFormat.test(token)) return null;
  const [member] = await db
    .select({ orgId: calendarFeedTokens.orgId, userId: calendarFeedTokens.userId, locale: users.locale })
    .from(calendarFeedTokens)
    .innerJoin(
      memberships,
      and(eq(memberships.orgId, calendarFeedTokens.orgId), eq(memberships.userId, calendarFeedTokens.userId)),
    )
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(
      and(
        eq(calendarFeedTokens.tokenHash, hashOf(token)),
        isNull(calendarFeedTokens.revokedAt),
        isNull(memberships.deactivatedAt),
      ),
    );
  return member ?? null;
}
