import { listOpenInvitations } from "../../services/account/invitations";
import { roleProcedure } from "../../trpc";

export const listInvitationsProcedure = roleProcedure("admin").query(({ ctx }) =>
  listOpenInvitations(ctx.db, ctx.session.orgId),
);
