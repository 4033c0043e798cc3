import { addComment } from "../../services/tasks/comments";
import { commentTaskInput } from "../../services/tasks/inputs";
import { protectedProcedure } from "../../trpc";

export const commentTaskProcedure = protectedProcedure
  .input(commentTaskInput)
  .mutation(async ({ ctx, input }) =>
    addComment(ctx.db, await ctx.boss(), ctx.session, input.id, input.body),
  );
