import { resetPasswordInput, resetUserPassword } from "../../services/account/reset-password";
import { allowedProcedure } from "../../trpc";

export const resetPasswordProcedure = allowedProcedure("users.manage")
  .input(resetPasswordInput)
  .mutation(({ ctx, input }) =>
    resetUserPassword(ctx.db, ctx.session.orgId, ctx.session.userId, input.userId),
  );
