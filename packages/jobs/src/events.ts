import {
  type ScrapeRun,
  type Sql,
  scrapeRunStatuses,
  type WaSession,
  waMessageStatuses,
  waSessionStatuses,
  waTransports,
} from "@taqweem/db";
import { sql as drizzleSql } from "drizzle-orm";
import { z } from "zod";

/** The one NOTIFY channel the web app listens on and streams to browsers. */
export const EVENTS_CHANNEL = "taqweem_events";

const workerHeartbeat = z.object({
  type: z.literal("worker.heartbeat"),
  workerId: z.uuid(),
  kind: z.string(),
  host: z.string(),
  lastSeenAt: z.string(),
});
const workerStopped = z.object({ type: z.literal("worker.stopped"), workerId: z.uuid(), kind: z.string() });
const pingReply = z.object({
  type: z.literal("ping.reply"),
  orgId: z.uuid(),
  userId: z.uuid(),
  pingId: z.uuid(),
  kind: z.string(),
  host: z.string(),
  workerId: z.uuid(),
  sentAt: z.string(),
  answeredAt: z.string(),
});
/** A new in-app notification for one user; the bell refetches its count and list. */
const notificationCreated = z.object({
  type: z.literal("notification.created"),
  orgId: z.uuid(),
  userId: z.uuid(),
  notificationId: z.uuid(),
});
/** A WhatsApp session's live state; `qr` is left out when it would not fit a NOTIFY (then refetch). */
const waSession = z.object({
  type: z.literal("wa.session"),
  orgId: z.uuid(),
  sessionId: z.uuid(),
  status: z.enum(waSessionStatuses),
  transport: z.enum(waTransports).nullable(),
  phone: z.string().nullable(),
  lastError: z.string().nullable(),
  qr: z.string().nullable().optional(),
  qrExpiresAt: z.string().nullable(),
  pairingCode: z.string().nullable(),
  sendingPausedReason: z.string().nullable(),
  sendingResumeAt: z.string().nullable(),
  updatedAt: z.string(),
});
const waSessionRemoved = z.object({
  type: z.literal("wa.session.removed"),
  orgId: z.uuid(),
  sessionId: z.uuid(),
});
const waMessage = z.object({
  type: z.literal("wa.message"),
  orgId: z.uuid(),
  messageId: z.uuid(),
  sessionId: z.uuid().nullable(),
  status: z.enum(waMessageStatuses),
  error: z.string().nullable(),
  at: z.string(),
});
const waGroups = z.object({
  type: z.literal("wa.groups"),
  orgId: z.uuid(),
  sessionId: z.uuid(),
  count: z.number().int(),
  syncedAt: z.string(),
});

/** A campaign's state or recipients changed (a trigger on wa_messages sends it for each send and receipt). */
const campaignProgress = z.object({
  type: z.literal("campaign.progress"),
  orgId: z.uuid(),
  campaignId: z.uuid(),
});

/** How far a contacts CSV import has got, for the user who started it (`importId` is theirs). */
const contactsImport = z.object({
  type: z.literal("contacts.import"),
  orgId: z.uuid(),
  userId: z.uuid(),
  importId: z.uuid(),
  /** Rows written so far, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
});

/**
 * A member's role or activation changed, or the membership was removed. Sent by a trigger on
 * the memberships table (migration 0007), so open streams re-check what their viewer may see.
 */
const membershipChanged = z.object({
  type: z.literal("membership.changed"),
  orgId: z.uuid(),
  userId: z.uuid(),
});

/**
 * A scrape run's live state: sent by the scraper as pages are fetched and when it finishes, and by
 * the importer when it has counted new / changed / gone. Counters only; the page refetches details.
 */
const scrapeRunEvent = z.object({
  type: z.literal("scrape.run"),
  orgId: z.uuid(),
  sourceId: z.uuid(),
  runId: z.uuid(),
  status: z.enum(scrapeRunStatuses),
  pagesFetched: z.number().int(),
  pagesNotModified: z.number().int(),
  pagesFailed: z.number().int(),
  eventsFound: z.number().int(),
  eventsNew: z.number().int(),
  eventsChanged: z.number().int(),
  eventsUnchanged: z.number().int(),
  eventsGone: z.number().int(),
  errorCount: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const appEvent = z.discriminatedUnion("type", [
  workerHeartbeat,
  workerStopped,
  pingReply,
  notificationCreated,
  waSession,
  waSessionRemoved,
  waMessage,
  waGroups,
  campaignProgress,
  contactsImport,
  membershipChanged,
  scrapeRunEvent,
]);
export type AppEvent = z.infer<typeof appEvent>;

export async function publishEvent(sql: Pick<Sql, "notify">, event: AppEvent): Promise<void> {
  await sql.notify(EVENTS_CHANNEL, JSON.stringify(appEvent.parse(event)));
}

// Postgres refuses NOTIFY payloads of 8000 bytes or more.
const NOTIFY_LIMIT = 7_900;

/** The `wa.session` event for a session row; the QR image stays out when it would not fit. */
export function waSessionEvent(row: WaSession): AppEvent {
  const event = {
    type: "wa.session" as const,
    orgId: row.orgId,
    sessionId: row.id,
    status: row.status,
    transport: row.transport,
    phone: row.phone,
    lastError: row.lastError,
    qr: row.qr,
    qrExpiresAt: row.qrExpiresAt?.toISOString() ?? null,
    pairingCode: row.pairingCode,
    sendingPausedReason: row.sendingPausedReason,
    sendingResumeAt: row.sendingResumeAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (JSON.stringify(event).length < NOTIFY_LIMIT) return event;
  const { qr: _omitted, ...rest } = event;
  return rest;
}

/** The `scrape.run` event for a scrape_runs row. */
export function scrapeRunEventOf(row: ScrapeRun): AppEvent {
  return {
    type: "scrape.run",
    orgId: row.orgId,
    sourceId: row.sourceId,
    runId: row.id,
    status: row.status,
    pagesFetched: row.pagesFetched,
    pagesNotModified: row.pagesNotModified,
    pagesFailed: row.pagesFailed,
    eventsFound: row.eventsFound,
    eventsNew: row.eventsNew,
    eventsChanged: row.eventsChanged,
    eventsUnchanged: row.eventsUnchanged,
    eventsGone: row.eventsGone,
    errorCount: row.errors.length,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Publishes from inside a transaction (any drizzle executor): Postgres delivers the event only if
 * the transaction commits, so listeners never hear of a change that was rolled back.
 */
export async function publishEventInTx(
  db: { execute(query: ReturnType<typeof drizzleSql>): Promise<unknown> },
  event: AppEvent,
): Promise<void> {
  await db.execute(drizzleSql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(appEvent.parse(event))})`);
}

/** Parses a NOTIFY payload; anything that is not a known event is ignored (returns null). */
export function parseEvent(payload: string): AppEvent | null {
  try {
    const parsed = appEvent.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** LISTENs on the events channel; postgres-js re-subscribes by itself after a reconnect. */
export async function subscribeEvents(
  sql: Pick<Sql, "listen">,
  onEvent: (event: AppEvent) => void,
): Promise<{ unlisten: () => Promise<void> }> {
  const { unlisten } = await sql.listen(EVENTS_CHANNEL, (payload) => {
    const event = parseEvent(payload);
    if (event) onEvent(event);
  });
  return { unlisten };
}
