import { exportEventsCsv } from "../../services/events/csv/export";
import { rangeInput } from "../../services/events/range-input";
import { protectedProcedure } from "../../trpc";

/** The filtered calendar as a CSV file (`content`, UTF-8 with BOM) for the browser to save as `filename`. */
export const exportCsvProcedure = protectedProcedure
  .input(rangeInput)
  .query(({ ctx, input }) => exportEventsCsv(ctx.db, ctx.session.orgId, input));
