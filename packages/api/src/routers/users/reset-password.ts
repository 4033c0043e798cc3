import { z } from "zod";
import { resetUserPassword } from "../../services/account/reset-password";
import { roleProcedure } from "../../trpc";

export const resetPasswordInput = z.object({ userId: z.uuid() });

export const resetPasswordProcedure = roleProcedure("admin")
  .input(resetPasswordInput)
  .mutation(({ ctx, input }) =>
    resetUserPassword(ctx.db, ctx.session.orgId, ctx.session.userId, input.userId),
  );
