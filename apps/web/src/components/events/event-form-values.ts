import type { EventScope, EventType, EventVisibility } from "@/lib/calendar-url";
import { buildRule, type RecurrenceEnd, type RecurrencePreset, readRule } from "@/lib/recurrence";
import { addLocalDays, fromLocalInput, toDateKey, toDateTimeLocal } from "@/lib/zoned-time";

export const bilingualFields = ["title", "description", "location", "organisers"] as const;
export type BilingualField = (typeof bilingualFields)[number];
type BilingualKey = `${BilingualField}${"En" | "Ar"}`;

/** The form as typed: text in inputs, times as local input values in the organisation's zone. */
export type EventFormValues = Record<BilingualKey, string> & {
  categoryId: string;
  type: EventType;
  scope: EventScope;
  visibility: EventVisibility;
  status: "draft" | "published";
  allDay: boolean;
  /** `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for all-day events. */
  start: string;
  /** As `start`; for all-day events the last day itself, not the day after. */
  end: string;
  recurrence: RecurrencePreset;
  recurrenceEnd: RecurrenceEnd;
  customRule: string;
  link: string;
  expectedAttendance: string;
};

/** The event fields the form edits, as `events.create` and `events.update` take them. */
export interface EventFields extends Record<BilingualKey, string> {
  categoryId: string | null;
  type: EventFormValues["type"];
  scope: EventFormValues["scope"];
  visibility: EventFormValues["visibility"];
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
  link: string | null;
  expectedAttendance: number | null;
}

/** An event as `events.get` returns it, as far as the form is concerned. */
export type EditableEvent = { [K in BilingualKey]: string | null } & {
  categoryId: string | null;
  type: EventFormValues["type"];
  scope: EventFormValues["scope"];
  visibility: EventFormValues["visibility"];
  status: "draft" | "published" | "cancelled";
  allDay: boolean;
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
  link: string | null;
  expectedAttendance: number | null;
};

function timesAsInputs(start: Date, end: Date, allDay: boolean, timeZone: string) {
  if (!allDay) return { start: toDateTimeLocal(start, timeZone), end: toDateTimeLocal(end, timeZone) };
  // All-day ends are exclusive midnights; the form shows the last day.
  const last = addLocalDays(end, -1, timeZone);
  return {
    start: toDateKey(start, timeZone),
    end: toDateKey(last < start ? start : last, timeZone),
  };
}

const blankText = Object.fromEntries(
  bilingualFields.flatMap((field) => [`${field}En`, `${field}Ar`]).map((key) => [key, ""]),
) as Record<BilingualKey, string>;

/** A new event for a selected slot. */
export function valuesForSlot(slot: { start: Date; end: Date; allDay: boolean }, timeZone: string) {
  return {
    ...blankText,
    categoryId: "",
    type: "local",
    scope: "internal",
    visibility: "internal",
    status: "draft",
    allDay: slot.allDay,
    ...timesAsInputs(slot.start, slot.end, slot.allDay, timeZone),
    recurrence: "none",
    recurrenceEnd: { kind: "never" },
    customRule: "",
    link: "",
    expectedAttendance: "",
  } satisfies EventFormValues;
}

/** An existing event, to edit. */
export function valuesForEvent(event: EditableEvent, timeZone: string): EventFormValues {
  const text = Object.fromEntries(
    Object.keys(blankText).map((key) => [key, event[key as BilingualKey] ?? ""]),
  );
  const rule = readRule(event.rrule, event.startsAt, timeZone);
  return {
    ...(text as Record<BilingualKey, string>),
    categoryId: event.categoryId ?? "",
    type: event.type,
    scope: event.scope,
    visibility: event.visibility,
    status: event.status === "published" ? "published" : "draft",
    allDay: event.allDay,
    ...timesAsInputs(event.startsAt, event.endsAt, event.allDay, timeZone),
    recurrence: rule.preset,
    recurrenceEnd: rule.end,
    customRule: rule.custom,
    link: event.link ?? "",
    expectedAttendance: event.expectedAttendance === null ? "" : String(event.expectedAttendance),
  };
}

/** Switching all-day on or off keeps the days and picks sensible times. */
export function withAllDay(values: EventFormValues, allDay: boolean): EventFormValues {
  const startDay = values.start.slice(0, 10);
  const endDay = values.end.slice(0, 10) || startDay;
  return allDay
    ? { ...values, allDay, start: startDay, end: endDay }
    : { ...values, allDay, start: `${startDay}T09:00`, end: `${endDay}T10:00` };
}

export type FormProblem = { field: "start" | "end"; key: "invalidDate" };

/** The typed values as API fields, or the first field that cannot be read. */
export function readValues(
  values: EventFormValues,
  timeZone: string,
): { fields: EventFields; problem: null } | { fields: null; problem: FormProblem } {
  const startsAt = fromLocalInput(values.start, timeZone);
  if (!startsAt) return { fields: null, problem: { field: "start", key: "invalidDate" } };
  const end = fromLocalInput(values.end, timeZone);
  if (!end) return { fields: null, problem: { field: "end", key: "invalidDate" } };
  const text = Object.fromEntries(Object.keys(blankText).map((key) => [key, values[key as BilingualKey]]));
  return {
    problem: null,
    fields: {
      ...(text as Record<BilingualKey, string>),
      categoryId: values.categoryId || null,
      type: values.type,
      scope: values.scope,
      visibility: values.visibility,
      allDay: values.allDay,
      startsAt,
      endsAt: values.allDay ? addLocalDays(end, 1, timeZone) : end,
      rrule: buildRule(values.recurrence, {
        start: startsAt,
        timeZone,
        end: values.recurrenceEnd,
        custom: values.customRule,
      }),
      link: values.link.trim() || null,
      expectedAttendance: values.expectedAttendance.trim() === "" ? null : Number(values.expectedAttendance),
    },
  };
}

/** Only what changed, for `events.update` (which refuses nothing it is not sent). */
export function changedFields(before: EventFields, after: EventFields): Partial<EventFields> {
  return Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof EventFields]),
    ),
  ) as Partial<EventFields>;
}
