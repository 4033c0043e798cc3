import { listOccurrences } from "../events/occurrences";
import { orgTimeZone } from "../events/org-time-zone";
import { overlaps } from "../events/recurrence";
import type { Executor } from "../tx";
import { scheduledStatuses } from "./scheduled";
import { dayWindow, weekWindow } from "./windows";

/** More than a home page lists; the rest is one click away in the calendar. */
const maxListed = 50;

/**
 * Today's and this week's events (Monday to Sunday in the organisation's time zone), each
 * occurrence of a recurring event on its own, from the calendar's own range query.
 */
export async function dashboardAgenda(db: Executor, orgId: string, now = new Date()) {
  const timeZone = await orgTimeZone(db, orgId);
  const today = dayWindow(now, timeZone);
  const week = weekWindow(now, timeZone);
  const page = await listOccurrences(db, orgId, { ...week, statuses: scheduledStatuses });
  const occurrences = page.occurrences.map((occurrence) => ({
    eventId: occurrence.eventId,
    titleEn: occurrence.titleEn,
    titleAr: occurrence.titleAr,
    status: occurrence.status,
    categoryId: occurrence.categoryId,
    allDay: occurrence.allDay,
    recurring: occurrence.recurring,
    start: occurrence.start,
    end: occurrence.end,
  }));
  const todays = occurrences.filter((occurrence) =>
    overlaps(occurrence.start, occurrence.end, today.from, today.to),
  );
  return {
    timeZone,
    today: { ...today, items: todays.slice(0, maxListed), total: todays.length },
    week: { ...week, items: occurrences.slice(0, maxListed), total: occurrences.length },
    truncated: page.truncated,
  };
}
