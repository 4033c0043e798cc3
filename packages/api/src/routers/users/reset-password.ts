import { z } from "zod";
import { resetUserPassword } from "../../services/account/reset-password";
import { allowedProcedure } from "../../trpc";

export const resetPasswordInput = z.object({ userId: z.uuid() });

export const resetPasswordProcedure = allowedProcedure("users.manage")
  .input(resetPasswordInput)
  .mutation(({ ctx, input }) =>
    resetUserPassword(ctx.db, ctx.session.orgId, ctx.session.userId, input.userId),
  );
