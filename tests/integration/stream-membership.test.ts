import { loadSessionUser } from "@taqweem/api";
import { createConnection, getDb, getSql, memberships } from "@taqweem/db";
import { type AppEvent, publishEvent, subscribeEvents } from "@taqweem/jobs";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, inject, it, vi } from "vitest";
import type { StreamEvent, StreamViewer } from "../../apps/web/src/server/events/for-viewer";
import { openViewerStream, type ViewerStreamOptions } from "../../apps/web/src/server/events/viewer-stream";
import { addUser, callerFor, createOrg, sessionOf } from "../support/fixtures";

// The stream module the /api/stream route serves, fed by a real LISTEN connection (as the web
// app's hub is) and re-reading memberships from the real database.
const listener = createConnection(inject("databaseUrl"), { max: 1 });
const opened: AbortController[] = [];
afterEach(() => {
  for (const controller of opened.splice(0)) controller.abort();
});
afterAll(() => listener.sql.end());

async function listen(onEvent: (event: AppEvent) => void) {
  const { unlisten } = await subscribeEvents(listener.sql, onEvent);
  // The last stream of the file closes as the connection ends: nothing is left to unlisten then.
  return () => void unlisten().catch(() => {});
}

type Member = { userId: string; orgId: string };

/** Opens the stream as the member, as the route does after its own membership check. */
async function openAs(member: Member, options: Partial<ViewerStreamOptions> = {}) {
  const viewer = await loadSessionUser(getDb(), await sessionOf(member));
  if (!viewer) throw new Error("not a member");
  const controller = new AbortController();
  opened.push(controller);
  const stream = await openViewerStream({
    viewer,
    reload: async () => loadSessionUser(getDb(), await sessionOf(member)),
    listen,
    signal: controller.signal,
    ...options,
  });
  return sseReader(stream);
}

function sseReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const queued: StreamEvent[] = [];
  let buffer = "";
  /** The next event sent to the browser, or null once the server has closed the stream. */
  async function next(timeoutMs = 5_000): Promise<StreamEvent | null> {
    while (queued.length === 0) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
      });
      const { done, value } = await Promise.race([reader.read(), timeout]).finally(() => clearTimeout(timer));
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        for (const line of buffer.slice(0, end).split("\n")) {
          if (line.startsWith("data: ")) queued.push(JSON.parse(line.slice("data: ".length)));
        }
        buffer = buffer.slice(end + 2);
      }
    }
    return queued.shift()!;
  }
  return { next };
}

const at = "2026-03-01T06:00:00.000Z";
const publish = (event: AppEvent) => publishEvent(getSql(), event);

function qrEvent(orgId: string): AppEvent {
  return {
    type: "wa.session",
    orgId,
    sessionId: crypto.randomUUID(),
    status: "qr_required",
    transport: "simulator",
    phone: null,
    lastError: null,
    qr: `qr-${crypto.randomUUID()}`,
    qrExpiresAt: at,
    pairingCode: "ABCD-EFGH",
    sendingPausedReason: null,
    sendingResumeAt: null,
    updatedAt: at,
  };
}
const heartbeat = (): AppEvent => ({
  type: "worker.heartbeat",
  workerId: crypto.randomUUID(),
  kind: "wa-worker",
  host: "test",
  lastSeenAt: at,
});
const waMessage = (orgId: string): AppEvent => ({
  type: "wa.message",
  orgId,
  messageId: crypto.randomUUID(),
  sessionId: null,
  status: "delivered",
  error: null,
  at,
});
const notification = (member: Member): AppEvent => ({
  type: "notification.created",
  orgId: member.orgId,
  userId: member.userId,
  notificationId: crypto.randomUUID(),
});

/** Everything admin-only, then an event the member may still see. */
async function publishAdminEventsThen(member: Member, allowed: AppEvent) {
  await publish(qrEvent(member.orgId));
  await publish(heartbeat());
  await publish(waMessage(member.orgId));
  await publish(allowed);
}

describe("the event stream follows the viewer's membership", () => {
  it("a demoted admin stops receiving QR codes, pairing codes and admin events; a promotion brings them back", async () => {
    const { org, admin } = await createOrg("stream");
    const member = await addUser(org.id, "admin");
    const demoted = await openAs(member);
    const stays = await openAs(admin);
    const before = qrEvent(org.id);
    await publish(before);
    expect(await demoted.next()).toMatchObject({ type: "wa.session", qr: (before as { qr: string }).qr });
    expect(await stays.next()).toMatchObject({ type: "wa.session", pairingCode: "ABCD-EFGH" });

    await (await callerFor(admin)).users.setRole({ userId: member.userId, role: "editor" });
    const allowed = notification(member);
    await publishAdminEventsThen(member, allowed);
    // Events reach a stream in the order they were published, so nothing before this was let through.
    expect(await demoted.next()).toEqual(allowed);
    // The organisation's remaining admin still gets all of it.
    expect((await stays.next())?.type).toBe("wa.session");
    expect((await stays.next())?.type).toBe("worker.heartbeat");
    expect((await stays.next())?.type).toBe("wa.message");

    await (await callerFor(admin)).users.setRole({ userId: member.userId, role: "admin" });
    const after = qrEvent(org.id);
    await publish(after);
    expect(await demoted.next()).toMatchObject({ type: "wa.session", qr: (after as { qr: string }).qr });
  });

  it("a deactivated member's stream closes before anything published after the change reaches it", async () => {
    const { org, admin } = await createOrg("stream");
    const member = await addUser(org.id, "admin");
    const stream = await openAs(member);
    const first = notification(member);
    await publish(first);
    expect(await stream.next()).toEqual(first);

    await (await callerFor(admin)).users.setActive({ userId: member.userId, active: false });
    await publishAdminEventsThen(member, notification(member));
    expect(await stream.next()).toBeNull();
  });

  it("a removed membership closes the stream", async () => {
    const { org } = await createOrg("stream");
    const member = await addUser(org.id, "editor");
    const stream = await openAs(member);
    await getDb()
      .delete(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, member.userId)));
    await publish(notification(member));
    expect(await stream.next()).toBeNull();
  });

  it("without the change event (a missed NOTIFY), the periodic re-check applies the new role", async () => {
    const { org, admin } = await createOrg("stream");
    const member = await addUser(org.id, "admin");
    const roles: string[] = [];
    const stream = await openAs(member, {
      listen: (onEvent) => listen((event) => event.type !== "membership.changed" && onEvent(event)),
      reload: async () => {
        const viewer: StreamViewer | null = await loadSessionUser(getDb(), await sessionOf(member));
        roles.push(viewer?.role ?? "none");
        return viewer;
      },
      recheckMs: 100,
    });

    await (await callerFor(admin)).users.setRole({ userId: member.userId, role: "viewer" });
    await vi.waitFor(() => expect(roles.at(-1)).toBe("viewer"), { timeout: 5_000 });
    const allowed = notification(member);
    await publishAdminEventsThen(member, allowed);
    expect(await stream.next()).toEqual(allowed);
  });

  it("stops listening when the browser goes away", async () => {
    const { admin } = await createOrg("stream");
    const controller = new AbortController();
    let listening = 0;
    await openAs(admin, {
      signal: controller.signal,
      listen: async (onEvent) => {
        const stop = await listen(onEvent);
        listening += 1;
        return () => {
          listening -= 1;
          stop();
        };
      },
    });
    expect(listening).toBe(1);
    controller.abort();
    expect(listening).toBe(0);
  });
});
