import type { Event } from "@taqweem/db";
import { eventTarget } from "../../services/events/inputs";
import { type EventAction, updateEvent } from "../../services/events/update";
import { editorProcedure } from "./editor-procedure";

/** A procedure that moves an event to one status, recorded as its own action in the history. */
export function statusChangeProcedure(status: Event["status"], action: EventAction) {
  return editorProcedure
    .input(eventTarget)
    .mutation(async ({ ctx, input }) =>
      updateEvent(ctx.db, await ctx.boss(), ctx.session, input, { status }, action),
    );
}
