import { z } from "zod";
import { errorKeys } from "../../errors";
import { importEventsCsv } from "../../services/events/csv/import";
import { editorProcedure } from "./editor-procedure";

export const importCsvInput = z.object({
  /** The file's text (UTF-8, BOM allowed); at most 5,000 rows. */
  csv: z.string({ error: errorKeys.invalidInput }).min(1, { error: errorKeys.csvEmpty }).max(5_000_000, {
    error: errorKeys.tooLong,
  }),
  /** true: validate and report only. false: import, all rows or none. */
  dryRun: z.boolean({ error: errorKeys.invalidInput }),
});

export const importCsvProcedure = editorProcedure
  .input(importCsvInput)
  .mutation(({ ctx, input }) => importEventsCsv(ctx.db, ctx.session, input.csv, input.dryRun));
