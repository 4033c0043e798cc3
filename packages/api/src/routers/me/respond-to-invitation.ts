import { respondToInvitation, respondToInvitationInput } from "../../services/account/invitations";
import { protectedProcedure } from "../../trpc";

export const respondToInvitationProcedure = protectedProcedure
  .input(respondToInvitationInput)
  .mutation(async ({ ctx, input }) => {
    await respondToInvitation(ctx.db, ctx.session.userId, input);
    return { ok: true };
  });
