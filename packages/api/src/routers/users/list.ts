import { listUsers } from "../../services/users";
import { allowedProcedure } from "../../trpc";

export const listUsersProcedure = allowedProcedure("users.manage").query(({ ctx }) =>
  listUsers(ctx.db, ctx.session.orgId),
);
