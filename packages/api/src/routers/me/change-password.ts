import { changeOwnPassword, changePasswordInput } from "../../services/account/change-password";
import { accountProcedure } from "../../trpc";

// Open to a session with a one-time password: changing it is the one thing that session may do.
export const changePassword = accountProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
  await changeOwnPassword(ctx.db, { ...ctx.session, ip: ctx.ip ?? null }, input);
  return { ok: true };
});
