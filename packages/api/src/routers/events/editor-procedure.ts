import { z } from "zod";
import { errorKeys } from "../../errors";
import { allowedProcedure } from "../../trpc";

/** Admins and editors change events; department members and viewers only read them. */
export const editorProcedure = allowedProcedure("events.edit");

/** The event to change and the version the caller last read (optimistic concurrency). */
export const eventTarget = z.object({
  id: z.uuid({ error: errorKeys.invalidInput }),
  version: z.int({ error: errorKeys.invalidInput }).min(1, { error: errorKeys.invalidInput }),
});
