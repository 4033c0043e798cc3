import { createEvent } from "../../services/events/create";
import { createEventInput } from "../../services/events/inputs";
import { editorProcedure } from "./editor-procedure";

export const createEventProcedure = editorProcedure
  .input(createEventInput)
  .mutation(async ({ ctx, input }) => createEvent(ctx.db, await ctx.boss(), ctx.session, input));
