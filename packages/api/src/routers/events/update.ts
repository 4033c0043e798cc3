import { updateEventInput } from "../../services/events/inputs";
import { updateEvent } from "../../services/events/update";
import { editorProcedure } from "./editor-procedure";

export const updateEventProcedure = editorProcedure
  .input(updateEventInput)
  .mutation(async ({ ctx, input: { id, version, ...patch } }) =>
    updateEvent(ctx.db, await ctx.boss(), ctx.session, { id, version }, patch),
  );
