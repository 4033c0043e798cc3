import { allowedProcedure } from "../../trpc";

/** Admins, editors and viewers read contacts; department users see none. */
export const contactsReadProcedure = allowedProcedure("contacts.read");
/** Admins and editors change contacts, lists, segments and consent. */
export const contactsManageProcedure = allowedProcedure("contacts.manage");
