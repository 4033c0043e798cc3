import { statusChangeProcedure } from "./status-change";

export const cancelEventProcedure = statusChangeProcedure("cancelled", "event.cancel");
