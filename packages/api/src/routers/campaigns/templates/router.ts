import { createTRPCRouter } from "../../../trpc";
import { listTemplatesProcedure } from "./list";
import { previewTemplateProcedure } from "./preview";
import { saveTemplateProcedure } from "./save";
import { templateVersionsProcedure } from "./versions";

export const campaignTemplatesRouter = createTRPCRouter({
  list: listTemplatesProcedure,
  versions: templateVersionsProcedure,
  save: saveTemplateProcedure,
  preview: previewTemplateProcedure,
});
