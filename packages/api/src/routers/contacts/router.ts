import { createTRPCRouter } from "../../trpc";
import { setConsentProcedure } from "./consent";
import { countContactsProcedure } from "./count";
import { createContactProcedure } from "./create";
import { deleteContactProcedure } from "./delete";
import { eventContactsRouter } from "./events/router";
import { exportContactsProcedure } from "./export";
import { setFavouriteProcedure } from "./favourite";
import { getContactProcedure } from "./get";
import { importContactsProcedure } from "./import";
import { listContactsProcedure } from "./list";
import { contactListsRouter } from "./lists/router";
import { contactSegmentsRouter } from "./segments/router";
import { updateContactProcedure } from "./update";

export const contactsRouter = createTRPCRouter({
  list: listContactsProcedure,
  count: countContactsProcedure,
  get: getContactProcedure,
  create: createContactProcedure,
  update: updateContactProcedure,
  delete: deleteContactProcedure,
  setFavourite: setFavouriteProcedure,
  setConsent: setConsentProcedure,
  import: importContactsProcedure,
  exportCsv: exportContactsProcedure,
  lists: contactListsRouter,
  segments: contactSegmentsRouter,
  events: eventContactsRouter,
});
