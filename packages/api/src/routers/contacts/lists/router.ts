import { createTRPCRouter } from "../../../trpc";
import { addMembersProcedure } from "./add-members";
import { createListProcedure } from "./create";
import { deleteListProcedure } from "./delete";
import { listListsProcedure } from "./list";
import { removeMembersProcedure } from "./remove-members";
import { updateListProcedure } from "./update";

export const contactListsRouter = createTRPCRouter({
  list: listListsProcedure,
  create: createListProcedure,
  update: updateListProcedure,
  delete: deleteListProcedure,
  addMembers: addMembersProcedure,
  removeMembers: removeMembersProcedure,
});
