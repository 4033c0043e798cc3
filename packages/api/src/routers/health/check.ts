import { sql } from "drizzle-orm";
import { publicProcedure } from "../../trpc";

export const checkHealth = publicProcedure.query(async ({ ctx }) => {
  await ctx.db.execute(sql`select 1`);
  return { status: "ok" as const, db: "up" as const };
});
