import { listOpenInvitations } from "../../services/account/invitations";
import { allowedProcedure } from "../../trpc";

export const listInvitationsProcedure = allowedProcedure("users.manage").query(({ ctx }) =>
  listOpenInvitations(ctx.db, ctx.session.orgId),
);
