import { createTRPCRouter } from "../../../trpc";
import { attachEventContactsProcedure } from "./attach";
import { detachEventContactProcedure } from "./detach";
import { listEventContactsProcedure } from "./list";

export const eventContactsRouter = createTRPCRouter({
  list: listEventContactsProcedure,
  attach: attachEventContactsProcedure,
  detach: detachEventContactProcedure,
});
