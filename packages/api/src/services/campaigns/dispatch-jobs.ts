import { campaigns } from "@taqweem/db";
import { campaignDispatchQueue, fromDrizzle, sendJob } from "@taqweem/jobs";
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Tx } from "../tx";

/**
 * Starts a new dispatch chain for the campaign (in the caller's transaction): raises its dispatch
 * number, so jobs of an earlier chain find it changed and stop.
 */
export async function queueDispatch(tx: Tx, boss: PgBoss, campaignId: string, startAfter?: Date) {
  const [row] = await tx
    .update(campaigns)
    .set({ dispatchSeq: sql`${campaigns.dispatchSeq} + 1` })
    .where(eq(campaigns.id, campaignId))
    .returning({ seq: campaigns.dispatchSeq });
  await sendJob(
    boss,
    campaignDispatchQueue,
    { campaignId, seq: row!.seq },
    { startAfter: startAfter ?? new Date(), db: fromDrizzle(tx, sql) },
  );
}
