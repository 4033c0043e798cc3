import { listMyInvitations } from "../../services/account/invitations";
import { protectedProcedure } from "../../trpc";

export const myInvitations = protectedProcedure.query(({ ctx }) =>
  listMyInvitations(ctx.db, ctx.session.userId),
);
