import { createTRPCRouter } from "../../trpc";
import { assignDepartmentProcedure } from "./assign";
import { createDepartmentProcedure } from "./create";
import { deleteDepartmentProcedure } from "./delete";
import { departmentsForEventProcedure } from "./for-event";
import { listDepartmentsProcedure } from "./list";
import { unassignDepartmentProcedure } from "./unassign";
import { updateDepartmentProcedure } from "./update";

export const departmentsRouter = createTRPCRouter({
  list: listDepartmentsProcedure,
  create: createDepartmentProcedure,
  update: updateDepartmentProcedure,
  delete: deleteDepartmentProcedure,
  forEvent: departmentsForEventProcedure,
  assignToEvent: assignDepartmentProcedure,
  removeFromEvent: unassignDepartmentProcedure,
});
