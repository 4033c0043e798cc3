import { setActiveInput, setUserActive } from "../../services/users";
import { allowedProcedure } from "../../trpc";

export const setActiveProcedure = allowedProcedure("users.manage")
  .input(setActiveInput)
  .mutation(async ({ ctx, input }) => {
    await setUserActive(ctx.db, ctx.session.orgId, ctx.session.userId, input.userId, input.active);
    return { ok: true };
  });
