import { importEventsCsv } from "../../services/events/csv/import";
import { importCsvInput } from "../../services/events/inputs";
import { editorProcedure } from "./editor-procedure";

export const importCsvProcedure = editorProcedure
  .input(importCsvInput)
  .mutation(({ ctx, input }) => importEventsCsv(ctx.db, ctx.session, input.csv, input.dryRun));
