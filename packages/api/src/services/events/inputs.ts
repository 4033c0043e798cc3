import { z } from "zod";
import { errorKeys } from "../../errors";
import { idInput } from "../shared-inputs";
import { eventPatch, newEventInput } from "./fields";

export const createEventInput = newEventInput;

/** The event to change and the version the caller last read (optimistic concurrency). */
export const eventTarget = idInput.extend({
  version: z.int({ error: errorKeys.invalidInput }).min(1, { error: errorKeys.invalidInput }),
});

export type EventTarget = z.infer<typeof eventTarget>;

/** `id` + `version` and only the fields that change; `null` clears an optional field. */
export const updateEventInput = eventTarget.extend(eventPatch.shape);

export const importCsvInput = z.object({
  /** The file's text (UTF-8, BOM allowed); at most 5,000 rows. */
  csv: z.string({ error: errorKeys.invalidInput }).min(1, { error: errorKeys.csvEmpty }).max(5_000_000, {
    error: errorKeys.tooLong,
  }),
  /** true: validate and report only. false: import, all rows or none. */
  dryRun: z.boolean({ error: errorKeys.invalidInput }),
});
