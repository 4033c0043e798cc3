import { eventScopes, eventStatuses, eventTypes, eventVisibilities } from "@taqweem/db";
import { z } from "zod";
import { type ErrorKey, errorKeys as keys } from "../../errors";
import { idWith } from "../shared-inputs";
import { isValidRule } from "./recurrence";
import { isTimeZone } from "./zoned-time";

/**
 * Validation of the fields of an event, shared by the tRPC inputs and the CSV import. Every check
 * carries its translation key, so a field error can be shown beside its field.
 */

const blankToNull = (value: string) => (value === "" ? null : value);

/** Bilingual text: blank is stored as null, so a missing translation is missing, never "". */
const text = (max: number) =>
  z
    .string({ error: keys.invalidInput })
    .trim()
    .max(max, { error: keys.tooLong })
    .transform(blankToNull)
    .nullable();

const eventFields = {
  titleEn: text(200),
  titleAr: text(200),
  descriptionEn: text(10_000),
  descriptionAr: text(10_000),
  locationEn: text(300),
  locationAr: text(300),
  organisersEn: text(500),
  organisersAr: text(500),
  categoryId: idWith(keys.unknownCategory).nullable(),
  type: z.enum(eventTypes, { error: keys.invalidChoice }),
  scope: z.enum(eventScopes, { error: keys.invalidChoice }),
  visibility: z.enum(eventVisibilities, { error: keys.invalidChoice }),
  startsAt: z.date({ error: keys.invalidDate }),
  endsAt: z.date({ error: keys.invalidDate }),
  allDay: z.boolean({ error: keys.invalidBoolean }),
  timeZone: z.string({ error: keys.invalidTimeZone }).refine(isTimeZone, { error: keys.invalidTimeZone }),
  /** RRULE value such as `FREQ=WEEKLY;BYDAY=MO;UNTIL=20260630`; blank or null: no recurrence. */
  rrule: z
    .string({ error: keys.invalidRecurrence })
    .trim()
    .max(300, { error: keys.tooLong })
    .transform(blankToNull)
    .refine((rule) => rule === null || isValidRule(rule), { error: keys.invalidRecurrence })
    .nullable(),
  /** Start times of the occurrences that are skipped. */
  exdates: z
    .array(z.date({ error: keys.invalidDate }), { error: keys.invalidDate })
    .max(500, { error: keys.tooLong }),
  link: z
    .url({ protocol: /^https?$/, error: keys.invalidUrl })
    .max(2000, { error: keys.tooLong })
    .nullable(),
  expectedAttendance: z
    .int({ error: keys.invalidNumber })
    .min(0, { error: keys.invalidNumber })
    .max(10_000_000, { error: keys.invalidNumber })
    .nullable(),
};

/** Statuses an event can be created with; cancelling is a change of an existing event. */
const initialStatuses = ["draft", "published"] as const;

interface RuleSubject {
  titleEn?: string | null;
  titleAr?: string | null;
  startsAt?: Date;
  endsAt?: Date;
}

// One occurrence lasts at most 366 days (a leap year), plus the hour a daylight-saving change can add.
const maxDurationMs = (366 * 24 + 1) * 60 * 60 * 1000;

/** Rules across fields, for a new event (zod) and for the merged result of an update (service). */
export function crossFieldErrors(event: RuleSubject): Array<{ field: keyof RuleSubject; key: ErrorKey }> {
  const errors: Array<{ field: keyof RuleSubject; key: ErrorKey }> = [];
  if (!event.titleEn && !event.titleAr) errors.push({ field: "titleEn", key: keys.titleRequired });
  if (event.startsAt && event.endsAt && event.endsAt < event.startsAt)
    errors.push({ field: "endsAt", key: keys.endBeforeStart });
  else if (
    event.startsAt &&
    event.endsAt &&
    event.endsAt.getTime() - event.startsAt.getTime() > maxDurationMs
  )
    errors.push({ field: "endsAt", key: keys.eventTooLong });
  return errors;
}

const optionalFields = z.object(eventFields).partial();

/** The editable fields of an existing event; absent fields are left as they are. */
export const eventPatch = optionalFields.extend({
  status: z.enum(eventStatuses, { error: keys.invalidChoice }).optional(),
});

export type EventPatch = z.output<typeof eventPatch>;

/** A new event: only the times are required; absent fields take the column defaults. */
export const newEventInput = optionalFields
  .extend({
    startsAt: eventFields.startsAt,
    endsAt: eventFields.endsAt,
    status: z.enum(initialStatuses, { error: keys.invalidChoice }).optional(),
  })
  .superRefine((event, ctx) => {
    for (const { field, key } of crossFieldErrors(event))
      ctx.addIssue({ code: "custom", path: [field], message: key });
  });

export type NewEventInput = z.output<typeof newEventInput>;
