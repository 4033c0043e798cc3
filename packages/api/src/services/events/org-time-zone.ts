import { organisations } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { Executor } from "../tx";

/** The organisation's time zone: the default for new events and for times typed without a zone. */
export async function orgTimeZone(db: Executor, orgId: string): Promise<string> {
  const [org] = await db
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return org?.timeZone ?? "Asia/Dubai";
}
