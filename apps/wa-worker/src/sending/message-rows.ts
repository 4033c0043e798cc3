import { type Database, type WaMessage, type WaMessageStatus, waMessages } from "@taqweem/db";
import { EVENTS_CHANNEL } from "@taqweem/jobs";
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { NO_SERVER_ACK } from "./ack";

const rank = sql`case ${waMessages.status} when 'pending' then 0 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 9 end`;
const rankOf: Record<WaMessageStatus, number> = { pending: 0, sent: 1, delivered: 2, read: 3, failed: 9 };

type Row = Pick<WaMessage, "id" | "orgId" | "sessionId" | "status" | "error">;
const columns = {
  id: waMessages.id,
  orgId: waMessages.orgId,
  sessionId: waMessages.sessionId,
  status: waMessages.status,
  error: waMessages.error,
};

/**
 * Applies an update and publishes `wa.message` for every row it changed, in one statement (so one
 * round trip, and atomic: Postgres delivers the notifications only if the update commits).
 */
async function updateAndPublish(
  db: Database,
  set: Record<string, unknown>,
  where: SQL | undefined,
): Promise<Row[]> {
  const changed = db.$with("changed").as(db.update(waMessages).set(set).where(where).returning(columns));
  const event = sql`json_build_object(
    'type', 'wa.message', 'orgId', ${changed.orgId}, 'messageId', ${changed.id},
    'sessionId', ${changed.sessionId}, 'status', ${changed.status}, 'error', ${changed.error},
    'at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text`;
  return db
    .with(changed)
    .select({
      id: changed.id,
      orgId: changed.orgId,
      sessionId: changed.sessionId,
      status: changed.status,
      error: changed.error,
      notified: sql`pg_notify(${EVENTS_CHANNEL}, ${event})`,
    })
    .from(changed);
}

export type MessageRef = { id: string } | { sessionId: string; providerMessageId: string };
const whereRef = (ref: MessageRef) =>
  "id" in ref
    ? eq(waMessages.id, ref.id)
    : and(eq(waMessages.sessionId, ref.sessionId), eq(waMessages.providerMessageId, ref.providerMessageId));

export function loadMessage(db: Database, id: string) {
  return db.query.waMessages.findFirst({ where: eq(waMessages.id, id) });
}

/** Moves a message forward only: pending → sent → delivered → read; a late or repeated receipt changes nothing. */
export function advanceMessage(db: Database, ref: MessageRef, status: "sent" | "delivered" | "read") {
  const now = sql`now()`;
  return updateAndPublish(
    db,
    {
      status,
      error: null,
      sentAt: sql`coalesce(${waMessages.sentAt}, ${now})`,
      ...(status !== "sent" && { deliveredAt: sql`coalesce(${waMessages.deliveredAt}, ${now})` }),
      ...(status === "read" && { readAt: sql`coalesce(${waMessages.readAt}, ${now})` }),
    },
    and(whereRef(ref), sql`${rank} < ${rankOf[status]}`),
  );
}

/** Fails a message that has not gone out; a message already delivered stays delivered. */
export function failMessage(db: Database, ref: MessageRef, error: string) {
  return updateAndPublish(
    db,
    { status: "failed", error, failedAt: sql`now()` },
    and(whereRef(ref), inArray(waMessages.status, ["pending", "sent"])),
  );
}

/**
 * Puts a message WhatsApp refused back to pending (with the reason), to go out once sending
 * resumes; returns the rows changed.
 */
export function returnToPending(db: Database, ref: MessageRef, error: string) {
  return updateAndPublish(
    db,
    { status: "pending", error, sentAt: null, ackDeadlineAt: null },
    and(whereRef(ref), inArray(waMessages.status, ["pending", "sent"])),
  );
}

/**
 * Records an attempt before it is made, so the id is known even if the process dies mid-send, and
 * sets the time its server acknowledgement is due. Only the caller that saw the row as it is now
 * (same deadline) gets it: null means another attempt came first.
 */
export async function recordAttempt(
  db: Database,
  message: Pick<WaMessage, "id" | "ackDeadlineAt">,
  attempt: { sessionId: string; providerId: string; ackTimeoutMs: number; retry: boolean },
) {
  // Milliseconds, as a JavaScript Date holds them, so the next attempt can compare it exactly.
  const deadline = sql`date_trunc('milliseconds', now() + make_interval(secs => ${attempt.ackTimeoutMs / 1000}))`;
  const [row] = await db
    .update(waMessages)
    .set({
      attempts: sql`${waMessages.attempts} + 1`,
      providerMessageId: attempt.providerId,
      sessionId: attempt.sessionId,
      ackDeadlineAt: deadline,
      ...(attempt.retry && { error: NO_SERVER_ACK }),
    })
    .where(
      and(
        eq(waMessages.id, message.id),
        eq(waMessages.status, "pending"),
        message.ackDeadlineAt
          ? eq(waMessages.ackDeadlineAt, message.ackDeadlineAt)
          : isNull(waMessages.ackDeadlineAt),
      ),
    )
    .returning({ attempts: waMessages.attempts });
  return row?.attempts ?? null;
}

/** An attempt that never left (an error before WhatsApp had it): no acknowledgement is due. */
export async function clearAckDeadline(db: Database, id: string) {
  await db
    .update(waMessages)
    .set({ ackDeadlineAt: null })
    .where(and(eq(waMessages.id, id), eq(waMessages.status, "pending")));
}
