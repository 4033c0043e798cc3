import { markRead, markReadInput } from "../../services/notifications/queries";
import { protectedProcedure } from "../../trpc";

export const markReadProcedure = protectedProcedure
  .input(markReadInput)
  .mutation(async ({ ctx, input }) => ({ marked: await markRead(ctx.db, ctx.session, input.ids) }));

export const markAllReadProcedure = protectedProcedure.mutation(async ({ ctx }) => ({
  marked: await markRead(ctx.db, ctx.session),
}));
