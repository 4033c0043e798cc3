import { organisations } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { capabilitiesOf } from "../../permissions";
import { accountProcedure } from "../../trpc";

export const getMe = accountProcedure.query(async ({ ctx }) => {
  const [org] = await ctx.db
    .select({
      id: organisations.id,
      nameEn: organisations.nameEn,
      nameAr: organisations.nameAr,
      timeZone: organisations.timeZone,
      country: organisations.country,
    })
    .from(organisations)
    .where(eq(organisations.id, ctx.session.orgId));
  return { ...ctx.session, org: org!, capabilities: capabilitiesOf(ctx.session.role) };
});
