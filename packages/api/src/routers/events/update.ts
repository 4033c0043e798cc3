import { eventPatch } from "../../services/events/fields";
import { updateEvent } from "../../services/events/update";
import { editorProcedure, eventTarget } from "./editor-procedure";

/** `id` + `version` and only the fields that change; `null` clears an optional field. */
export const updateEventInput = eventTarget.extend(eventPatch.shape);

export const updateEventProcedure = editorProcedure
  .input(updateEventInput)
  .mutation(async ({ ctx, input: { id, version, ...patch } }) =>
    updateEvent(ctx.db, await ctx.boss(), ctx.session, { id, version }, patch),
  );
