import type { Event } from "@taqweem/db";

/** The fields a person edits: what audit_log records and an update compares. */
export const trackedFields = [
  "titleEn",
  "titleAr",
  "descriptionEn",
  "descriptionAr",
  "locationEn",
  "locationAr",
  "organisersEn",
  "organisersAr",
  "categoryId",
  "type",
  "scope",
  "visibility",
  "status",
  "startsAt",
  "endsAt",
  "allDay",
  "timeZone",
  "rrule",
  "exdates",
  "link",
  "expectedAttendance",
] as const satisfies ReadonlyArray<keyof Event>;

type TrackedField = (typeof trackedFields)[number];
export type TrackedValues = Pick<Event, TrackedField>;

/** Changes subscribers' calendars must pick up, so they bump the iCalendar SEQUENCE. */
export const sequenceFields: ReadonlySet<string> = new Set<TrackedField>([
  "titleEn",
  "titleAr",
  "locationEn",
  "locationAr",
  "status",
  "startsAt",
  "endsAt",
  "allDay",
  "timeZone",
  "rrule",
  "exdates",
]);

export function trackedValues(event: TrackedValues): TrackedValues {
  return Object.fromEntries(trackedFields.map((field) => [field, event[field]])) as TrackedValues;
}

/** A whole event as an audit diff: `{ field: [null, value] }` on create, `[value, null]` on delete. */
export function snapshotDiff(event: TrackedValues, direction: "created" | "deleted") {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const field of trackedFields) {
    const value = event[field];
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    diff[field] = direction === "created" ? [null, value] : [value, null];
  }
  return diff;
}
