import type { StagedFields } from "@taqweem/db";
import { normaliseTimes } from "../events/normalise";

/**
 * The calendar fields a staged event fills, each reviewed and accepted on its own. The times go
 * together (start, end, all-day), so accepting them can never leave an event ending before it starts.
 */
export const reviewFields = [
  "titleEn",
  "titleAr",
  "descriptionEn",
  "descriptionAr",
  "locationEn",
  "locationAr",
  "organisersEn",
  "link",
  "times",
] as const;
export type ReviewField = (typeof reviewFields)[number];

export interface EventTimesValue {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
}

export interface SourceValues {
  titleEn: string | null;
  titleAr: string | null;
  descriptionEn: string | null;
  descriptionAr: string | null;
  locationEn: string | null;
  locationAr: string | null;
  organisersEn: string | null;
  link: string | null;
  times: EventTimesValue;
}

// The calendar's own limits (events/fields.ts): a longer text from a site is cut, not refused.
const clip = (value: string | null, max: number) => (value === null ? null : value.slice(0, max));

/** A staged version as calendar event values, times on the org's calendar as the events service stores them. */
export function sourceValues(fields: StagedFields, timeZone: string): SourceValues {
  const startsAt = new Date(fields.startsAt);
  const endsAt = fields.endsAt ? new Date(fields.endsAt) : startsAt;
  const times = normaliseTimes({
    startsAt,
    endsAt: endsAt < startsAt ? startsAt : endsAt,
    allDay: fields.allDay,
    timeZone,
    rrule: null,
    exdates: [],
  });
  return {
    titleEn: clip(fields.titleEn, 200),
    titleAr: clip(fields.titleAr, 200),
    descriptionEn: clip(fields.descriptionEn, 10_000),
    descriptionAr: clip(fields.descriptionAr, 10_000),
    locationEn: clip(fields.venueEn, 300),
    locationAr: clip(fields.venueAr, 300),
    organisersEn: clip(fields.organiser, 500),
    link: fields.url,
    times: { startsAt: times.startsAt, endsAt: times.endsAt, allDay: times.allDay },
  };
}

/** The same values read off a calendar event, for comparing with the source. */
export function eventValues(event: Omit<SourceValues, "times"> & EventTimesValue): SourceValues {
  const { startsAt, endsAt, allDay, ...texts } = event;
  const values = Object.fromEntries(reviewFields.filter((f) => f !== "times").map((f) => [f, texts[f]]));
  return { ...(values as Omit<SourceValues, "times">), times: { startsAt, endsAt, allDay } };
}

/** A value as JSON (dates as ISO strings): how reviewed values are kept and compared. */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

const same = (a: unknown, b: unknown) => JSON.stringify(asJson(a)) === JSON.stringify(asJson(b));

/** Every review field's source value as JSON: what staff have now dealt with. */
export function reviewedSnapshot(values: SourceValues, only: readonly ReviewField[] = reviewFields) {
  return Object.fromEntries(only.map((field) => [field, asJson(values[field])]));
}

export interface PendingChange {
  field: ReviewField;
  /** The calendar event's value now. */
  current: unknown;
  /** The source's value now. */
  source: unknown;
}

/**
 * The source's changes an imported event has not taken: fields the source moved away from the
 * value staff last dealt with, that the event does not already have and that are not ignored.
 * Nothing here writes; staff accept or dismiss each one.
 */
export function pendingChanges(
  latest: SourceValues,
  reviewed: Record<string, unknown>,
  current: SourceValues,
  ignored: ReadonlySet<string>,
): PendingChange[] {
  return reviewFields
    .filter((field) => !ignored.has(field))
    .filter((field) => !same(latest[field], reviewed[field]) && !same(latest[field], current[field]))
    .map((field) => ({ field, current: asJson(current[field]), source: asJson(latest[field]) }));
}

export const stagedFieldNames = [
  "titleEn",
  "titleAr",
  "descriptionEn",
  "descriptionAr",
  "startsAt",
  "endsAt",
  "allDay",
  "venueEn",
  "venueAr",
  "organiser",
  "url",
  "imageUrl",
  "category",
] as const satisfies ReadonlyArray<keyof StagedFields>;
export type StagedFieldName = (typeof stagedFieldNames)[number];

/** Field-by-field difference between two versions of a staged event (`from` null: no earlier version). */
export function versionChanges(from: StagedFields | null, to: StagedFields) {
  return stagedFieldNames
    .filter((field) => !from || !same(from[field], to[field]))
    .map((field) => ({ field, from: from ? from[field] : null, to: to[field] }));
}
