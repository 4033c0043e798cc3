import { z } from "zod";
import { addComment } from "../../services/tasks/comments";
import { protectedProcedure } from "../../trpc";
import { requiredText, uuid } from "../inputs";

export const commentTaskInput = z.object({ id: uuid, body: requiredText(5000) });

export const commentTaskProcedure = protectedProcedure
  .input(commentTaskInput)
  .mutation(async ({ ctx, input }) =>
    addComment(ctx.db, await ctx.boss(), ctx.session, input.id, input.body),
  );
