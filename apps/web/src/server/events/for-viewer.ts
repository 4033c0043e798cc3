import { can } from "@taqweem/api/permissions";
import type { Role } from "@taqweem/db";
import type { AppEvent } from "@taqweem/jobs";

type PingReply = Extract<AppEvent, { type: "ping.reply" }>;
type MembershipChanged = Extract<AppEvent, { type: "membership.changed" }>;

export interface StreamViewer {
  userId: string;
  orgId: string;
  role: Role;
}

/** A ping reply as the browser sees it: when this server received it and the round trip. */
export type PingReplyEvent = PingReply & { receivedAt: string; rttMs: number };

/** What reaches the browser; membership changes stay on the server, where the stream follows them. */
export type StreamEvent = Exclude<AppEvent, PingReply | MembershipChanged> | PingReplyEvent;

/**
 * What one connected viewer may see of an event: worker activity goes to admins, a ping reply
 * only to the person (in the organisation) who sent the ping, a notification only to its recipient.
 * Null means "not for them".
 */
export function eventForViewer(event: AppEvent, viewer: StreamViewer, receivedAt: Date): StreamEvent | null {
  switch (event.type) {
    case "worker.heartbeat":
    case "worker.stopped":
      return can(viewer.role, "system.monitor") ? event : null;
    case "ping.reply":
      if (event.userId !== viewer.userId || event.orgId !== viewer.orgId) return null;
      // sentAt and receivedAt both come from the web servers' clocks, so the difference is fair.
      return {
        ...event,
        receivedAt: receivedAt.toISOString(),
        rttMs: receivedAt.getTime() - Date.parse(event.sentAt),
      };
    case "notification.created":
    case "contacts.import":
      return event.userId === viewer.userId && event.orgId === viewer.orgId ? event : null;
    case "wa.session":
    case "wa.session.removed":
    case "wa.message":
    case "wa.groups":
      return can(viewer.role, "whatsapp.manage") && event.orgId === viewer.orgId ? event : null;
    case "scrape.run":
      return can(viewer.role, "sources.review") && event.orgId === viewer.orgId ? event : null;
    case "campaign.progress":
      return can(viewer.role, "campaigns.read") && event.orgId === viewer.orgId ? event : null;
    case "membership.changed":
      return null;
  }
}
