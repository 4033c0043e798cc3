import {
  categories,
  type Event,
  events,
  type Locale,
  type WaTemplateKey,
  waAnnouncementGroups,
  waGroups,
} from "@taqweem/db";
import { and, eq, isNull } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Executor, Tx } from "../tx";
import { enqueueWhatsApps } from "./enqueue";
import { type EventForTemplate, eventTemplateValues } from "./event-values";
import type { TemplateBodies } from "./template-inputs";
import { renderTemplate } from "./template-render";
import { effectiveTemplate } from "./templates";

export type EventChange =
  | { kind: "published" }
  | { kind: "cancelled" }
  | { kind: "moved"; previous: { startsAt: Date; endsAt: Date } };

const templateKey: Record<EventChange["kind"], WaTemplateKey> = {
  published: "event.published",
  cancelled: "event.cancelled",
  moved: "event.moved",
};

/**
 * The announcement an event change calls for, comparing the event before and after a write:
 * publishing it, cancelling a published one, or moving a published one in time; null otherwise.
 */
export function eventChangeOf(
  before: Pick<Event, "status" | "startsAt" | "endsAt">,
  after: Pick<Event, "status" | "startsAt" | "endsAt">,
): EventChange | null {
  if (before.status !== "published") return after.status === "published" ? { kind: "published" } : null;
  if (after.status === "cancelled") return { kind: "cancelled" };
  const moved =
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime();
  return after.status === "published" && moved
    ? { kind: "moved", previous: { startsAt: before.startsAt, endsAt: before.endsAt } }
    : null;
}

/** The announcement in both languages, from the template bodies. */
export function renderAnnouncement(event: EventForTemplate, bodies: TemplateBodies, change: EventChange) {
  const previous = change.kind === "moved" ? change.previous : undefined;
  return {
    en: renderTemplate(bodies.bodyEn, eventTemplateValues(event, "en", previous)),
    ar: renderTemplate(bodies.bodyAr, eventTemplateValues(event, "ar", previous)),
  };
}

export async function loadEventForTemplate(db: Executor, eventId: string) {
  const [row] = await db
    .select({ event: events, categoryEn: categories.nameEn, categoryAr: categories.nameAr })
    .from(events)
    .leftJoin(categories, eq(categories.id, events.categoryId))
    .where(eq(events.id, eventId));
  if (!row) return null;
  const category =
    row.categoryEn !== null && row.categoryAr !== null
      ? { nameEn: row.categoryEn, nameAr: row.categoryAr }
      : null;
  return { ...row.event, category };
}

/**
 * Queues the announcement of an event change to the organisation's announcement groups (an
 * internal event to the staff groups only, a public one to staff and public groups), in the
 * caller's transaction (call it from the transaction that publishes, cancels or moves the event).
 * A group chosen for both languages gets one bilingual message (English, then Arabic); a group
 * chosen for one language gets that language. Returns the message ids (none without groups).
 */
export async function announceEventChange(
  tx: Tx,
  boss: PgBoss,
  eventId: string,
  change: EventChange,
): Promise<string[]> {
  const event = await loadEventForTemplate(tx, eventId);
  if (!event) return [];
  const targets = await tx
    .select({
      language: waAnnouncementGroups.language,
      groupId: waGroups.id,
      jid: waGroups.jid,
      sessionId: waGroups.sessionId,
    })
    .from(waAnnouncementGroups)
    .innerJoin(waGroups, eq(waGroups.id, waAnnouncementGroups.groupId))
    .where(
      and(
        eq(waAnnouncementGroups.orgId, event.orgId),
        isNull(waGroups.leftAt),
        // Staff-only events never reach a public group.
        event.visibility === "internal" ? eq(waAnnouncementGroups.audience, "internal") : undefined,
      ),
    );
  if (targets.length === 0) return [];

  const key = templateKey[change.kind];
  const text = renderAnnouncement(event, await effectiveTemplate(tx, event.orgId, key), change);
  const byGroup = new Map<string, { jid: string; sessionId: string; languages: Set<Locale> }>();
  for (const target of targets) {
    const entry = byGroup.get(target.groupId) ?? {
      jid: target.jid,
      sessionId: target.sessionId,
      languages: new Set(),
    };
    entry.languages.add(target.language);
    byGroup.set(target.groupId, entry);
  }
  return enqueueWhatsApps(
    tx,
    boss,
    [...byGroup.values()].map((group) => {
      const languages = (["en", "ar"] as const).filter((language) => group.languages.has(language));
      return {
        orgId: event.orgId,
        sessionId: group.sessionId,
        recipientType: "group" as const,
        recipient: group.jid,
        body: languages.map((language) => text[language]).join("\n\n"),
        language: languages[0]!,
        purpose: "announcement" as const,
        template: key,
        entity: "event",
        entityId: eventId,
      };
    }),
  );
}
