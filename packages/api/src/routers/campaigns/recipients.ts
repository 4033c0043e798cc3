import { recipientsInput } from "../../services/campaigns/inputs";
import { listRecipients } from "../../services/campaigns/recipients";
import { allowedProcedure } from "../../trpc";

export const recipientsProcedure = allowedProcedure("campaigns.read")
  .input(recipientsInput)
  .query(({ ctx, input }) => listRecipients(ctx.db, ctx.session.orgId, input));
