import { setLocaleInput, setUserLocale } from "../../services/users";
import { accountProcedure } from "../../trpc";

export const setLocale = accountProcedure.input(setLocaleInput).mutation(async ({ ctx, input }) => {
  await setUserLocale(ctx.db, ctx.session.userId, input.locale);
  return { locale: input.locale };
});
