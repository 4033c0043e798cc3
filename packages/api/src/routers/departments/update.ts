import { updateDepartment } from "../../services/departments/departments";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";
import { departmentFields } from "./fields";

/** Only the fields given change; `memberIds` replaces the member list. */
export const updateDepartmentInput = departmentFields.partial().extend({ id: uuid });

export const updateDepartmentProcedure = allowedProcedure("departments.manage")
  .input(updateDepartmentInput)
  .mutation(({ ctx, input: { id, ...fields } }) => updateDepartment(ctx.db, ctx.session, id, fields));
