import { autoImportStatuses, scrapedEventStates, scrapeSourceKinds } from "@taqweem/db";
import { CronExpressionParser } from "cron-parser";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { cursorInput, id, idInput, idWith, limitInput, requiredText } from "../shared-inputs";
import { reviewFields } from "./fields";

/** Five-field cron (minute hour day month weekday), as pg-boss schedules read it. */
export function isCron(value: string): boolean {
  if (value.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(value);
    return true;
  } catch {
    return false;
  }
}

const httpUrl = z
  .url({ protocol: /^https?$/, error: errorKeys.invalidUrl })
  .max(2000, { error: errorKeys.tooLong });

const sourceFields = {
  name: requiredText(120),
  /** Origin (and path prefix) of every page; tests point it at a local server. */
  baseUrl: httpUrl,
  /** Where a JSON-LD source starts (a page or sitemap) or an iCal source's feed; null for ADMO and ADNEC. */
  startUrl: httpUrl.nullable(),
  enabled: z.boolean({ error: errorKeys.invalidBoolean }),
  /** Blank or null: only "Run now". */
  schedule: z
    .string({ error: errorKeys.sourceInvalidSchedule })
    .trim()
    .max(100, { error: errorKeys.tooLong })
    .transform((value) => (value === "" ? null : value))
    .refine((value) => value === null || isCron(value), { error: errorKeys.sourceInvalidSchedule })
    .nullable(),
  autoImport: z.boolean({ error: errorKeys.invalidBoolean }),
  autoImportStatus: z.enum(autoImportStatuses, { error: errorKeys.invalidChoice }),
  monthsAhead: z
    .int({ error: errorKeys.invalidNumber })
    .min(0, { error: errorKeys.invalidNumber })
    .max(12, { error: errorKeys.invalidNumber }),
};

export const createSourceInput = z.object({
  kind: z.enum(scrapeSourceKinds, { error: errorKeys.invalidChoice }),
  ...sourceFields,
  startUrl: sourceFields.startUrl.default(null),
  enabled: sourceFields.enabled.default(true),
  schedule: sourceFields.schedule.default(null),
  autoImport: sourceFields.autoImport.default(false),
  autoImportStatus: sourceFields.autoImportStatus.default("draft"),
  monthsAhead: sourceFields.monthsAhead.default(2),
});
export type CreateSourceInput = z.infer<typeof createSourceInput>;

export const updateSourceInput = idInput.extend(z.object(sourceFields).partial().shape);
export type UpdateSourceInput = z.infer<typeof updateSourceInput>;

export const runsInput = z.object({
  sourceId: id.optional(),
  cursor: cursorInput,
  limit: limitInput(50, 20),
});
export type RunsInput = z.infer<typeof runsInput>;

export const reviewListInput = z.object({
  sourceId: id.optional(),
  /** No state: everything that waits for staff (new and changed). */
  state: z.enum(scrapedEventStates, { error: errorKeys.invalidChoice }).optional(),
  cursor: cursorInput,
  limit: limitInput(50, 20),
});
export type ReviewListInput = z.infer<typeof reviewListInput>;

export const compareVersionsInput = idInput.extend({ from: id, to: id });
export type CompareVersionsInput = z.infer<typeof compareVersionsInput>;

export const importStagedInput = idInput.extend({
  status: z.enum(["draft", "published"], { error: errorKeys.invalidChoice }),
  categoryId: idWith(errorKeys.unknownCategory).nullable(),
});
export type ImportStagedInput = z.infer<typeof importStagedInput>;

const reviewField = z.enum(reviewFields, { error: errorKeys.invalidChoice });

/** No field: ignore the staged event; a field: ignore that field's changes from now on. */
export const ignoreInput = idInput.extend({ field: reviewField.optional() });
export type IgnoreInput = z.infer<typeof ignoreInput>;

export const acceptFieldInput = idInput.extend({
  field: reviewField,
  /** The calendar event's version the reviewer saw (optimistic concurrency). */
  eventVersion: z.int({ error: errorKeys.invalidInput }).min(1, { error: errorKeys.invalidInput }),
});
export type AcceptFieldInput = z.infer<typeof acceptFieldInput>;

/** No field: dismiss every pending change. */
export const dismissInput = idInput.extend({ field: reviewField.optional() });
export type DismissInput = z.infer<typeof dismissInput>;
