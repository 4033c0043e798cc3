import { roles } from "@taqweem/db";
import { z } from "zod";
import { setUserRole } from "../../services/users";
import { allowedProcedure } from "../../trpc";

export const setRoleInput = z.object({ userId: z.uuid(), role: z.enum(roles) });

export const setRoleProcedure = allowedProcedure("users.manage")
  .input(setRoleInput)
  .mutation(async ({ ctx, input }) => {
    await setUserRole(ctx.db, ctx.session.orgId, ctx.session.userId, input.userId, input.role);
    return { ok: true };
  });
