import { eventTarget } from "../../services/events/inputs";
import { deleteEvent } from "../../services/events/remove";
import { editorProcedure } from "./editor-procedure";

export const deleteEventProcedure = editorProcedure.input(eventTarget).mutation(async ({ ctx, input }) => {
  await deleteEvent(ctx.db, await ctx.boss(), ctx.session, input);
  return { ok: true as const };
});
