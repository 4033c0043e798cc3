import { type Database, type WaMessage, waMessages } from "@taqweem/db";
import { EVENTS_CHANNEL } from "@taqweem/jobs";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { NO_SERVER_ACK } from "./ack";

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

export interface Receipt {
  sessionId: string;
  providerMessageId: string;
  status: "sent" | "delivered" | "read";
}

const rankSql = (status: SQL) =>
  sql`case ${status} when 'pending' then 0 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 9 end`;

/**
 * Applies receipts, moving each message forward only (pending → sent → delivered → read: a late or
 * repeated receipt changes nothing), and publishes `wa.message` for each row changed: any number
 * of receipts in one statement.
 */
export async function advanceMessages(db: Database, receipts: Receipt[]): Promise<number> {
  if (receipts.length === 0) return 0;
  const now = sql`now()`;
  const at = sql`to_char(${now} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const rows = await db.execute(sql`
    with receipt as (
      select * from unnest(
        ${`{${receipts.map((r) => r.sessionId).join(",")}}`}::uuid[],
        ${`{${receipts.map((r) => JSON.stringify(r.providerMessageId)).join(",")}}`}::text[],
        ${`{${receipts.map((r) => r.status).join(",")}}`}::text[]
      ) as r(session_id, provider_message_id, status)
    ),
    changed as (
      update ${waMessages} m set
        status = receipt.status::wa_message_status,
        error = null,
        sent_at = coalesce(m.sent_at, ${now}),
        delivered_at = case when receipt.status <> 'sent' then coalesce(m.delivered_at, ${now}) else m.delivered_at end,
        read_at = case when receipt.status = 'read' then coalesce(m.read_at, ${now}) else m.read_at end
      from receipt
      where m.session_id = receipt.session_id
        and m.provider_message_id = receipt.provider_message_id
        and ${rankSql(sql.raw("m.status::text"))} < ${rankSql(sql.raw("receipt.status"))}
      returning m.id, m.org_id, m.session_id, m.status, m.error
    )
    select pg_notify(${EVENTS_CHANNEL}, json_build_object(
      'type', 'wa.message', 'orgId', org_id, 'messageId', id, 'sessionId', session_id,
      'status', status, 'error', error, 'at', ${at})::text)
    from changed`);
  return rows.length;
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
 * (same deadline) gets it: the returned function gives null when another attempt came first. The
 * statement is built once per database (it runs before every send).
 */
export function prepareRecordAttempt(db: Database) {
  const placeholder = sql.placeholder;
  const seconds = sql`${placeholder("ackTimeoutMs")}::numeric / 1000`;
  // Milliseconds, as a JavaScript Date holds them, so the next attempt can compare it exactly.
  const deadline = sql`date_trunc('milliseconds', now() + make_interval(secs => ${seconds}))`;
  const query = db
    .update(waMessages)
    .set({
      attempts: sql`${waMessages.attempts} + 1`,
      providerMessageId: sql`${placeholder("providerId")}`,
      sessionId: sql`${placeholder("sessionId")}::uuid`,
      ackDeadlineAt: deadline,
      error: sql`case when ${placeholder("retry")}::boolean then ${NO_SERVER_ACK} else ${waMessages.error} end`,
    })
    .where(
      and(
        eq(waMessages.id, sql`${placeholder("id")}::uuid`),
        eq(waMessages.status, "pending"),
        sql`${waMessages.ackDeadlineAt} is not distinct from ${placeholder("seenDeadline")}::timestamptz`,
      ),
    )
    .returning({ attempts: waMessages.attempts })
    .prepare("wa_record_attempt");
  return async (
    message: Pick<WaMessage, "id" | "ackDeadlineAt">,
    attempt: { sessionId: string; providerId: string; ackTimeoutMs: number; retry: boolean },
  ): Promise<number | null> => {
    const [row] = await query.execute({
      id: message.id,
      seenDeadline: message.ackDeadlineAt?.toISOString() ?? null,
      ...attempt,
    });
    return row?.attempts ?? null;
  };
}

/** An attempt that never left (an error before WhatsApp had it): no acknowledgement is due. */
export async function clearAckDeadline(db: Database, id: string) {
  await db
    .update(waMessages)
    .set({ ackDeadlineAt: null })
    .where(and(eq(waMessages.id, id), eq(waMessages.status, "pending")));
}
