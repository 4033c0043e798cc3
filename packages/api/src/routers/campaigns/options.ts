import { campaignOptions } from "../../services/campaigns/options";
import { allowedProcedure } from "../../trpc";

export const optionsProcedure = allowedProcedure("campaigns.manage").query(({ ctx }) =>
  campaignOptions(ctx.db, ctx.session.orgId),
);
