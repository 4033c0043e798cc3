import { exportContactsCsv } from "../../services/contacts/csv/export";
import { filterInput } from "../../services/contacts/inputs";
import { contactsReadProcedure } from "./procedure";

/** The filtered contacts as a CSV file (`content`, UTF-8 with BOM) for the browser to save as `filename`. */
export const exportContactsProcedure = contactsReadProcedure
  .input(filterInput)
  .query(({ ctx, input }) => exportContactsCsv(ctx.db, ctx.session.orgId, input.filter));
