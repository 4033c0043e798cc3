import { createTRPCRouter } from "../../trpc";
import { createTemplateProcedure } from "./create";
import { deleteTemplateProcedure } from "./delete";
import { listTemplatesProcedure } from "./list";
import { updateTemplateProcedure } from "./update";

export const taskTemplatesRouter = createTRPCRouter({
  list: listTemplatesProcedure,
  create: createTemplateProcedure,
  update: updateTemplateProcedure,
  delete: deleteTemplateProcedure,
});
