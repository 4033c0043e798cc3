import { linkSessionInput } from "../../../services/whatsapp/session-inputs";
import { requestLink } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const linkSessionProcedure = waAdminProcedure
  .input(linkSessionInput)
  .mutation(async ({ ctx, input }) => requestLink(ctx.db, await ctx.boss(), ctx.session, input));
