import {
  type Database,
  type WaPacing,
  type WaSession,
  waHasCredentials,
  waLeaseFree,
  waSessions,
} from "@taqweem/db";
import { publishEventInTx, type WaCommand, waSessionEvent } from "@taqweem/jobs";
import { and, eq, not, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import type { Tx } from "../tx";
import { queueWaCommand } from "./commands";
import { orgPhone } from "./phone";
import type { LinkRequest } from "./session-inputs";
import { listSessionViews, sessionViewOrNull } from "./session-view";

async function lockSession(tx: Tx, orgId: string, sessionId: string): Promise<WaSession> {
  const [row] = await tx
    .select()
    .from(waSessions)
    .where(and(eq(waSessions.id, sessionId), eq(waSessions.orgId, orgId)))
    .for("update");
  if (!row) fail("not_found", errorKeys.notFound);
  return row;
}

/** Changes a session and tells every open WhatsApp page, in the caller's transaction. */
async function updateSession(tx: Tx, sessionId: string, set: Partial<WaSession>): Promise<WaSession> {
  const [row] = await tx
    .update(waSessions)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(waSessions.id, sessionId))
    .returning();
  await publishEventInTx(tx, waSessionEvent(row!));
  return row!;
}

const view = async (tx: Tx, orgId: string, sessionId: string) =>
  (await sessionViewOrNull(tx, orgId, sessionId))!;

export function listSessions(db: Database, orgId: string) {
  return listSessionViews(db, orgId);
}

export async function createSession(db: Database, actor: Actor, name: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(waSessions).values({ orgId: actor.orgId, name }).returning();
    await publishEventInTx(tx, waSessionEvent(row!));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.session.create",
      entity: "wa_session",
      entityId: row!.id,
      diff: { name },
    });
    return view(tx, actor.orgId, row!.id);
  });
}

/**
 * "Link": a worker takes the session and connects. Without stored credentials it shows a QR (pushed
 * live as each one arrives) or asks WhatsApp for a pairing code for `phone`; with them, it reconnects.
 */
export async function requestLink(db: Database, boss: PgBoss, actor: Actor, request: LinkRequest) {
  const { sessionId } = request;
  const pairingPhone =
    request.method === "pairing"
      ? await orgPhone(db, actor.orgId, request.phone, errorKeys.waInvalidPhone)
      : null;
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, actor.orgId, sessionId);
    if (session.status === "connected") fail("conflict", errorKeys.waAlreadyLinked);
    await updateSession(tx, sessionId, {
      wanted: true,
      linkMethod: request.method,
      pairingPhone,
      status: "connecting",
      lastError: null,
    });
    await queueWaCommand(tx, boss, { action: "link", sessionId });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.session.link",
      entity: "wa_session",
      entityId: sessionId,
      diff: { method: request.method },
    });
    return view(tx, actor.orgId, sessionId);
  });
}

/** Logs out on WhatsApp (through the owning worker) and wipes the stored credentials. */
export async function requestLogout(db: Database, boss: PgBoss, actor: Actor, sessionId: string) {
  await db.transaction(async (tx) => {
    await lockSession(tx, actor.orgId, sessionId);
    await queueWaCommand(tx, boss, { action: "logout", sessionId });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.session.logout",
      entity: "wa_session",
      entityId: sessionId,
    });
  });
  return { queued: true as const };
}

/**
 * Deletes a session. One that was never linked (or is logged out) and that no worker holds goes at
 * once; otherwise its worker logs it out on WhatsApp first (`wa.session.removed` follows).
 */
export async function requestDelete(db: Database, boss: PgBoss, actor: Actor, sessionId: string) {
  return db.transaction(async (tx) => {
    await lockSession(tx, actor.orgId, sessionId);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.session.delete",
      entity: "wa_session",
      entityId: sessionId,
    });
    const [deleted] = await tx
      .delete(waSessions)
      .where(and(eq(waSessions.id, sessionId), waLeaseFree, not(waHasCredentials)))
      .returning({ id: waSessions.id });
    if (deleted) {
      await publishEventInTx(tx, { type: "wa.session.removed", orgId: actor.orgId, sessionId });
      return { deleted: true as const, queued: false as const };
    }
    await queueWaCommand(tx, boss, { action: "delete", sessionId });
    return { deleted: false as const, queued: true as const };
  });
}

/** Simulator controls and simulated incoming messages (only for sessions running on the simulator). */
export async function requestSimulation(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  command: Extract<WaCommand, { action: "simulate" | "simulate_inbound" }>,
) {
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, actor.orgId, command.sessionId);
    if (session.transport !== "simulator") fail("invalid", errorKeys.waNotSimulator);
    await queueWaCommand(tx, boss, command);
  });
  return { queued: true as const };
}

/** Lifts a sending pause after an admin has looked into the restriction; waiting messages go on. */
export async function resumeSessionSending(db: Database, actor: Actor, sessionId: string) {
  return db.transaction(async (tx) => {
    await lockSession(tx, actor.orgId, sessionId);
    await updateSession(tx, sessionId, {
      sendingPausedAt: null,
      sendingPausedReason: null,
      sendingResumeAt: null,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.session.resume",
      entity: "wa_session",
      entityId: sessionId,
    });
    return view(tx, actor.orgId, sessionId);
  });
}

export async function updateSessionPacing(db: Database, actor: Actor, sessionId: string, pacing: WaPacing) {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, actor.orgId, sessionId);
    await updateSession(tx, sessionId, { pacing });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.session.pacing",
      entity: "wa_session",
      entityId: sessionId,
      diff: { pacing: [session.pacing, pacing] },
    });
    return view(tx, actor.orgId, sessionId);
  });
}

export async function renameSession(db: Database, actor: Actor, sessionId: string, name: string) {
  return db.transaction(async (tx) => {
    await lockSession(tx, actor.orgId, sessionId);
    await updateSession(tx, sessionId, { name });
    return view(tx, actor.orgId, sessionId);
  });
}
