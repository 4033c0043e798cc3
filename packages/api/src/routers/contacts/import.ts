import { importContactsCsv } from "../../services/contacts/csv/import";
import { importContactsInput } from "../../services/contacts/inputs";
import { contactsManageProcedure } from "./procedure";

export const importContactsProcedure = contactsManageProcedure
  .input(importContactsInput)
  .mutation(({ ctx, input }) => importContactsCsv(ctx.db, ctx.session, input));
