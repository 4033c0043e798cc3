import { createUser, createUserInput } from "../../services/users";
import { allowedProcedure } from "../../trpc";

export const createUserProcedure = allowedProcedure("users.manage")
  .input(createUserInput)
  .mutation(({ ctx, input }) =>
    createUser(ctx.db, { ...input, orgId: ctx.session.orgId }, ctx.session.userId, ctx.boss),
  );
