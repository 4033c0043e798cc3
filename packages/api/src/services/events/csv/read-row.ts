import { type ErrorKey, errorKeys } from "../../../errors";
import { crossFieldErrors, type NewEventInput, newEventInput } from "../fields";
import { isTimeZone } from "../zoned-time";
import { columnOf, textColumns, unguardFormula } from "./columns";
import { dayAfter, parseCsvTime } from "./times";

export interface FieldError {
  /** The CSV column, e.g. `starts_at`. */
  field: string;
  key: ErrorKey;
}

export interface RowContext {
  /** The organisation's zone, for rows without a valid `time_zone`. */
  timeZone: string;
  /** Category ids by lower-cased English name and by Arabic name. */
  categories: Map<string, string>;
}

const truthy = new Set(["true", "yes", "1", "y", "نعم"]);
const falsy = new Set(["false", "no", "0", "n", "لا", ""]);

function keyOf(message: string): ErrorKey {
  return (Object.values(errorKeys) as string[]).includes(message)
    ? (message as ErrorKey)
    : errorKeys.invalidInput;
}

/**
 * One CSV record as a new event, validated by the same schema as `events.create`; every problem is
 * reported against its column, none stops at the first.
 */
export function readEventRow(cells: Map<string, string>, context: RowContext) {
  const errors: FieldError[] = [];
  const cell = (column: string) => {
    const value = cells.get(column) ?? "";
    return textColumns.has(column) ? unguardFormula(value) : value;
  };
  const optional = (column: string) => cell(column) || undefined;

  const category = cell("category");
  const categoryId = category ? context.categories.get(category.toLowerCase()) : null;
  if (categoryId === undefined) errors.push({ field: "category", key: errorKeys.unknownCategory });

  const allDayText = cell("all_day").toLowerCase();
  const allDay = truthy.has(allDayText) ? true : falsy.has(allDayText) ? false : undefined;
  if (allDay === undefined) errors.push({ field: "all_day", key: errorKeys.invalidBoolean });

  const zone = optional("time_zone");
  const timeZone = zone && isTimeZone(zone) ? zone : context.timeZone;
  const starts = parseCsvTime(cell("starts_at"), timeZone);
  const ends = parseCsvTime(cell("ends_at"), timeZone);
  if (!starts) errors.push({ field: "starts_at", key: errorKeys.invalidDate });
  if (!ends) errors.push({ field: "ends_at", key: errorKeys.invalidDate });

  const attendance = cell("expected_attendance");
  if (attendance && !/^\d+$/.test(attendance))
    errors.push({ field: "expected_attendance", key: errorKeys.invalidNumber });

  const candidate = {
    titleEn: cell("title_en"),
    titleAr: cell("title_ar"),
    descriptionEn: cell("description_en"),
    descriptionAr: cell("description_ar"),
    locationEn: cell("location_en"),
    locationAr: cell("location_ar"),
    organisersEn: cell("organisers_en"),
    organisersAr: cell("organisers_ar"),
    categoryId: categoryId ?? null,
    type: optional("type")?.toLowerCase(),
    scope: optional("scope")?.toLowerCase(),
    visibility: optional("visibility")?.toLowerCase(),
    status: optional("status")?.toLowerCase(),
    startsAt: starts?.instant,
    // A bare end date on an all-day row is the last day itself.
    endsAt: ends && allDay && ends.dateOnly ? dayAfter(ends.instant, timeZone) : ends?.instant,
    allDay: allDay ?? false,
    timeZone: zone,
    rrule: cell("rrule") || null,
    link: cell("link") || null,
    expectedAttendance: attendance ? Number(attendance) : null,
  };
  const parsed = newEventInput.safeParse(candidate);
  // zod skips the cross-field rules while a field is invalid; a file report wants them all at once.
  const issues = [
    ...(parsed.error?.issues ?? []).map((issue) => ({
      field: String(issue.path[0] ?? ""),
      key: keyOf(issue.message),
    })),
    ...crossFieldErrors(candidate),
  ];
  for (const issue of issues) {
    const field = columnOf(issue.field);
    if (!errors.some((error) => error.field === field)) errors.push({ field, key: issue.key });
  }
  return { input: errors.length === 0 ? (parsed.data as NewEventInput) : null, errors };
}
