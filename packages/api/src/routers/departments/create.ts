import { createDepartment } from "../../services/departments/departments";
import { allowedProcedure } from "../../trpc";
import { departmentFields } from "./fields";

const { emails, locale, whatsapp, memberIds } = departmentFields.shape;

export const createDepartmentInput = departmentFields.extend({
  emails: emails.default([]),
  locale: locale.default("ar"),
  whatsapp: whatsapp.default(null),
  memberIds: memberIds.default([]),
});

export const createDepartmentProcedure = allowedProcedure("departments.manage")
  .input(createDepartmentInput)
  .mutation(({ ctx, input }) => createDepartment(ctx.db, ctx.session, input));
