import { statusChangeProcedure } from "./status-change";

export const publishEventProcedure = statusChangeProcedure("published", "event.publish");
