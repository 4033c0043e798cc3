import { setConsentInput } from "../../services/contacts/inputs";
import { setConsent } from "../../services/contacts/write";
import { contactsManageProcedure } from "./procedure";

export const setConsentProcedure = contactsManageProcedure
  .input(setConsentInput)
  .mutation(({ ctx, input }) => setConsent(ctx.db, ctx.session, input));
