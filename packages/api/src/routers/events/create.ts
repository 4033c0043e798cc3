import { createEvent } from "../../services/events/create";
import { newEventInput } from "../../services/events/fields";
import { editorProcedure } from "./editor-procedure";

export const createEventInput = newEventInput;

export const createEventProcedure = editorProcedure
  .input(createEventInput)
  .mutation(async ({ ctx, input }) => createEvent(ctx.db, await ctx.boss(), ctx.session, input));
