import { listUsers } from "../../services/users";
import { roleProcedure } from "../../trpc";

export const listUsersProcedure = roleProcedure("admin").query(({ ctx }) =>
  listUsers(ctx.db, ctx.session.orgId),
);
