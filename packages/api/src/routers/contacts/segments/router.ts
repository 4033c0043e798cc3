import { createTRPCRouter } from "../../../trpc";
import { createSegmentProcedure } from "./create";
import { deleteSegmentProcedure } from "./delete";
import { listSegmentsProcedure } from "./list";
import { updateSegmentProcedure } from "./update";

export const contactSegmentsRouter = createTRPCRouter({
  list: listSegmentsProcedure,
  create: createSegmentProcedure,
  update: updateSegmentProcedure,
  delete: deleteSegmentProcedure,
});
