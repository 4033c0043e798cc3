import { categories, events } from "@taqweem/db";
import { and, asc, eq, isNotNull, or, type SQL } from "drizzle-orm";
import { touchesRange } from "../events/filters";
import type { Executor } from "../tx";
import type { IcsEvent } from "./ics";

/** Feeds carry events from this far back, and everything ahead. */
const feedLookbackDays = 180;
const maxFeedEvents = 5000;

/**
 * What subscribers see: published events, and cancelled ones that had been published (so their
 * calendars drop them); never drafts.
 */
const announced = or(
  eq(events.status, "published"),
  and(eq(events.status, "cancelled"), isNotNull(events.publishedAt)),
);

/** `public` is the public feed (public visibility only); `members` is a member's private feed. */
export type FeedAudience = "public" | "members";

async function selectIcsEvents(db: Executor, where: SQL | undefined): Promise<IcsEvent[]> {
  const rows = await db
    .select({ event: events, categoryNameEn: categories.nameEn, categoryNameAr: categories.nameAr })
    .from(events)
    .leftJoin(categories, eq(categories.id, events.categoryId))
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(maxFeedEvents);
  return rows.map(({ event, ...names }) => ({ ...event, ...names }));
}

export function feedEvents(db: Executor, orgId: string, audience: FeedAudience, now = new Date()) {
  const since = new Date(now.getTime() - feedLookbackDays * 24 * 60 * 60 * 1000);
  return selectIcsEvents(
    db,
    and(
      eq(events.orgId, orgId),
      announced,
      touchesRange(since, null),
      audience === "public" ? eq(events.visibility, "public") : undefined,
    ),
  );
}

/** One event of the organisation, whatever its status, for a member's download. */
export async function icsEvent(db: Executor, orgId: string, id: string): Promise<IcsEvent | null> {
  const [event] = await selectIcsEvents(db, and(eq(events.orgId, orgId), eq(events.id, id)));
  return event ?? null;
}
