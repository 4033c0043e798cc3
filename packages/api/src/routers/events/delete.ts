import { deleteEvent } from "../../services/events/remove";
import { editorProcedure, eventTarget } from "./editor-procedure";

export const deleteEventInput = eventTarget;

export const deleteEventProcedure = editorProcedure
  .input(deleteEventInput)
  .mutation(async ({ ctx, input }) => {
    await deleteEvent(ctx.db, await ctx.boss(), ctx.session, input);
    return { ok: true as const };
  });
