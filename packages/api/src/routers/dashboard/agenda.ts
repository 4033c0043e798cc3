import { dashboardAgenda } from "../../services/dashboard/agenda";
import { protectedProcedure } from "../../trpc";

/** Today's and this week's events, for everyone signed in. */
export const dashboardAgendaProcedure = protectedProcedure.query(({ ctx }) =>
  dashboardAgenda(ctx.db, ctx.session.orgId),
);
