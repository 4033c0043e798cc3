import { setFavouriteInput } from "../../services/contacts/inputs";
import { setFavourite } from "../../services/contacts/write";
import { contactsManageProcedure } from "./procedure";

export const setFavouriteProcedure = contactsManageProcedure
  .input(setFavouriteInput)
  .mutation(({ ctx, input }) => setFavourite(ctx.db, ctx.session, input.id, input.favourite));
