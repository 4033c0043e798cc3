import { createTRPCRouter } from "../../../trpc";
import { listGroupsProcedure } from "./list";
import { setAnnouncementGroupProcedure } from "./set-announcement";
import { syncGroupsProcedure } from "./sync";

export const waGroupsRouter = createTRPCRouter({
  list: listGroupsProcedure,
  sync: syncGroupsProcedure,
  setAnnouncementGroup: setAnnouncementGroupProcedure,
});
