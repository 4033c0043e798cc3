import { unassignedEvents } from "../../services/dashboard/unassigned-events";
import { allowedProcedure } from "../../trpc";

/** Events of the next 30 days without a department: the planning overview of admins and editors. */
export const unassignedEventsProcedure = allowedProcedure("planning.overview").query(({ ctx }) =>
  unassignedEvents(ctx.db, ctx.session.orgId),
);
