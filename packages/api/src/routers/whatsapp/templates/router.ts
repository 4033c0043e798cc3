import { createTRPCRouter } from "../../../trpc";
import { createTemplateProcedure } from "./create";
import { deleteTemplateProcedure } from "./delete";
import { listTemplatesProcedure } from "./list";
import { previewTemplateProcedure } from "./preview";
import { updateTemplateProcedure } from "./update";

export const waTemplatesRouter = createTRPCRouter({
  list: listTemplatesProcedure,
  create: createTemplateProcedure,
  update: updateTemplateProcedure,
  delete: deleteTemplateProcedure,
  preview: previewTemplateProcedure,
});
