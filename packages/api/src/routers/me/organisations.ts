import { listMyOrganisations } from "../../services/account/organisations";
import { protectedProcedure } from "../../trpc";

export const myOrganisations = protectedProcedure.query(({ ctx }) =>
  listMyOrganisations(ctx.db, ctx.session.userId),
);
