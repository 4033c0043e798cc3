import { eventDepartments, events } from "@taqweem/db";
import { eq, notExists, sql } from "drizzle-orm";
import { listOccurrences } from "../events/occurrences";
import type { Executor } from "../tx";
import { scheduledStatuses } from "./scheduled";
import { daysAhead } from "./windows";

const lookAheadDays = 30;
const maxListed = 20;

/**
 * Events in the next 30 days that no department is assigned to: nobody plans them yet. Each event
 * once, at its next occurrence (a recurring event's occurrences share its departments).
 */
export async function unassignedEvents(db: Executor, orgId: string, now = new Date()) {
  const window = daysAhead(now, lookAheadDays);
  const noDepartment = notExists(
    db.select({ one: sql`1` }).from(eventDepartments).where(eq(eventDepartments.eventId, events.id)),
  );
  const page = await listOccurrences(db, orgId, { ...window, statuses: scheduledStatuses }, noDepartment);
  const seen = new Set<string>();
  const nextOccurrences = page.occurrences.filter(({ eventId }) => !seen.has(eventId) && seen.add(eventId));
  return {
    ...window,
    total: nextOccurrences.length,
    items: nextOccurrences.slice(0, maxListed).map((occurrence) => ({
      eventId: occurrence.eventId,
      titleEn: occurrence.titleEn,
      titleAr: occurrence.titleAr,
      status: occurrence.status,
      allDay: occurrence.allDay,
      recurring: occurrence.recurring,
      start: occurrence.start,
      end: occurrence.end,
    })),
  };
}
