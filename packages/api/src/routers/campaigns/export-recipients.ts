import { exportRecipientsInput } from "../../services/campaigns/inputs";
import { exportRecipientsCsv } from "../../services/campaigns/recipients";
import { allowedProcedure } from "../../trpc";

export const exportRecipientsProcedure = allowedProcedure("campaigns.read")
  .input(exportRecipientsInput)
  .query(({ ctx, input }) => exportRecipientsCsv(ctx.db, ctx.session.orgId, input));
