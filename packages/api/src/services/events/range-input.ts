import { eventScopes, eventSources, eventStatuses, eventTypes } from "@taqweem/db";
import { z } from "zod";
import { errorKeys as keys } from "../../errors";
import { id } from "../shared-inputs";

const maxRangeDays = 400;
const dayMs = 24 * 60 * 60 * 1000;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(50, { error: keys.tooLong }).optional();

/** The calendar's filters; they live in the page URL, so every one is optional. */
export const calendarFilters = {
  categoryIds: list(id),
  departmentIds: list(id),
  types: list(z.enum(eventTypes, { error: keys.invalidChoice })),
  scopes: list(z.enum(eventScopes, { error: keys.invalidChoice })),
  sources: list(z.enum(eventSources, { error: keys.invalidChoice })),
  statuses: list(z.enum(eventStatuses, { error: keys.invalidChoice })),
  /** Free text, matched in titles, descriptions and locations in English and Arabic. */
  q: z.string({ error: keys.invalidInput }).trim().max(200, { error: keys.tooLong }).optional(),
};

export const windowFields = {
  from: z.date({ error: keys.invalidDate }),
  to: z.date({ error: keys.invalidDate }),
};

/** A [from, to) window must be non-empty and at most 400 days long. */
export function checkWindow({ from, to }: { from: Date; to: Date }, ctx: z.RefinementCtx) {
  if (to <= from) ctx.addIssue({ code: "custom", path: ["to"], message: keys.invalidRange });
  else if (to.getTime() - from.getTime() > maxRangeDays * dayMs)
    ctx.addIssue({ code: "custom", path: ["to"], message: keys.rangeTooLong });
}

/** A window with the calendar filters: `events.range` and `events.exportCsv`. */
export const rangeInput = z.object({ ...windowFields, ...calendarFilters }).superRefine(checkWindow);

export type RangeInput = z.output<typeof rangeInput>;
