import { setRoleInput, setUserRole } from "../../services/users";
import { allowedProcedure } from "../../trpc";

export const setRoleProcedure = allowedProcedure("users.manage")
  .input(setRoleInput)
  .mutation(async ({ ctx, input }) => {
    await setUserRole(ctx.db, ctx.session.orgId, ctx.session.userId, input.userId, input.role);
    return { ok: true };
  });
