import { createTRPCRouter } from "../../trpc";
import { createUserProcedure } from "./create";
import { listUsersProcedure } from "./list";
import { setActiveProcedure } from "./set-active";
import { setRoleProcedure } from "./set-role";

export const usersRouter = createTRPCRouter({
  list: listUsersProcedure,
  create: createUserProcedure,
  setRole: setRoleProcedure,
  setActive: setActiveProcedure,
});
