import { locales } from "@taqweem/db";
import { z } from "zod";
import { setUserLocale } from "../../services/users";
import { accountProcedure } from "../../trpc";

export const setLocaleInput = z.object({ locale: z.enum(locales) });

export const setLocale = accountProcedure.input(setLocaleInput).mutation(async ({ ctx, input }) => {
  await setUserLocale(ctx.db, ctx.session.userId, input.locale);
  return { locale: input.locale };
});
