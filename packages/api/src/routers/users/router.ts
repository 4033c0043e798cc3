import { createTRPCRouter } from "../../trpc";
import { createUserProcedure } from "./create";
import { listInvitationsProcedure } from "./invitations";
import { listUsersProcedure } from "./list";
import { resetPasswordProcedure } from "./reset-password";
import { setActiveProcedure } from "./set-active";
import { setRoleProcedure } from "./set-role";

export const usersRouter = createTRPCRouter({
  list: listUsersProcedure,
  invitations: listInvitationsProcedure,
  create: createUserProcedure,
  setRole: setRoleProcedure,
  setActive: setActiveProcedure,
  resetPassword: resetPasswordProcedure,
});
