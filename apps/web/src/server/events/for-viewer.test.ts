import type { AppEvent } from "@taqweem/jobs";
import { describe, expect, it } from "vitest";
import { eventForViewer } from "./for-viewer";

const orgId = "5b0b6a3e-8d2c-4d47-9a53-2f3e6b1c9d01";
const userId = "0f1e2d3c-4b5a-4697-8877-665544332211";
const admin = { userId, orgId, role: "admin" as const };
const viewer = { userId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", orgId, role: "viewer" as const };

const heartbeat: AppEvent = {
  type: "worker.heartbeat",
  workerId: "11111111-1111-4111-8111-111111111111",
  kind: "scraper",
  host: "vm",
  lastSeenAt: "2026-01-01T00:00:00.000Z",
};
const reply: AppEvent = {
  type: "ping.reply",
  orgId,
  userId,
  pingId: "22222222-2222-4222-8222-222222222222",
  kind: "wa-worker",
  host: "vm",
  workerId: "33333333-3333-4333-8333-333333333333",
  sentAt: "2026-01-01T00:00:00.000Z",
  answeredAt: "2026-01-01T00:00:00.010Z",
};

describe("eventForViewer", () => {
  it("shows worker activity to admins only", () => {
    expect(eventForViewer(heartbeat, admin, new Date())).toEqual(heartbeat);
    expect(eventForViewer(heartbeat, viewer, new Date())).toBeNull();
  });

  it("gives a ping reply to the person who pinged, with its round trip", () => {
    const received = new Date("2026-01-01T00:00:00.042Z");
    expect(eventForViewer(reply, admin, received)).toEqual({
      ...reply,
      receivedAt: "2026-01-01T00:00:00.042Z",
      rttMs: 42,
    });
  });

  it("keeps a ping reply from everyone else, even admins of the same organisation", () => {
    expect(eventForViewer(reply, { ...admin, userId: viewer.userId }, new Date())).toBeNull();
    expect(eventForViewer(reply, { ...admin, orgId: viewer.userId }, new Date())).toBeNull();
  });

  it("gives a new notification to its recipient only", () => {
    const created: AppEvent = {
      type: "notification.created",
      orgId,
      userId,
      notificationId: "44444444-4444-4444-8444-444444444444",
    };
    expect(eventForViewer(created, admin, new Date())).toEqual(created);
    expect(eventForViewer(created, viewer, new Date())).toBeNull();
    expect(eventForViewer(created, { ...admin, orgId: viewer.userId }, new Date())).toBeNull();
  });

  it("shows WhatsApp activity to the admins of its organisation only", () => {
    const message: AppEvent = {
      type: "wa.message",
      orgId,
      messageId: "55555555-5555-4555-8555-555555555555",
      sessionId: "66666666-6666-4666-8666-666666666666",
      status: "delivered",
      error: null,
      at: "2026-01-01T00:00:00.000Z",
    };
    expect(eventForViewer(message, admin, new Date())).toEqual(message);
    expect(eventForViewer(message, viewer, new Date())).toBeNull();
    expect(eventForViewer(message, { ...admin, orgId: viewer.userId }, new Date())).toBeNull();
  });

  it("keeps membership changes on the server, even from the member concerned", () => {
    const changed: AppEvent = { type: "membership.changed", orgId, userId };
    expect(eventForViewer(changed, admin, new Date())).toBeNull();
  });
});

describe("scrape run progress", () => {
  const run: AppEvent = {
    type: "scrape.run",
    orgId,
    sourceId: "44444444-4444-4444-8444-444444444444",
    runId: "55555555-5555-4555-8555-555555555555",
    status: "running",
    pagesFetched: 2,
    pagesNotModified: 0,
    pagesFailed: 0,
    eventsFound: 5,
    eventsNew: 0,
    eventsChanged: 0,
    eventsUnchanged: 0,
    eventsGone: 0,
    errorCount: 0,
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: null,
  };

  it("goes to those who review sources in the run's organisation only", () => {
    expect(eventForViewer(run, { ...viewer, role: "editor" }, new Date())).toEqual(run);
    expect(eventForViewer(run, admin, new Date())).toEqual(run);
    expect(eventForViewer(run, viewer, new Date())).toBeNull();
    expect(eventForViewer(run, { ...viewer, role: "department" }, new Date())).toBeNull();
    expect(eventForViewer({ ...run, orgId: viewer.userId }, admin, new Date())).toBeNull();
  });
});
