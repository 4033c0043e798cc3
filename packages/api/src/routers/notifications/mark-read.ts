import { z } from "zod";
import { markRead } from "../../services/notifications/queries";
import { protectedProcedure } from "../../trpc";
import { uuid } from "../inputs";

export const markReadInput = z.object({ ids: z.array(uuid).min(1).max(200) });

export const markReadProcedure = protectedProcedure
  .input(markReadInput)
  .mutation(async ({ ctx, input }) => ({ marked: await markRead(ctx.db, ctx.session, input.ids) }));

export const markAllReadProcedure = protectedProcedure.mutation(async ({ ctx }) => ({
  marked: await markRead(ctx.db, ctx.session),
}));
