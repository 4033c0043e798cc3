import type { Sql } from "@taqweem/db";
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

export const appEvent = z.discriminatedUnion("type", [workerHeartbeat, workerStopped, pingReply]);
export type AppEvent = z.infer<typeof appEvent>;

export async function publishEvent(sql: Pick<Sql, "notify">, event: AppEvent): Promise<void> {
  await sql.notify(EVENTS_CHANNEL, JSON.stringify(appEvent.parse(event)));
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
