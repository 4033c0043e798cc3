import { fromDrizzle, sendJob, type WaCommand, waCommandQueue } from "@taqweem/jobs";
import { sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Tx } from "../tx";

/** Queues a command for the worker that owns the session, in the caller's transaction. */
export async function queueWaCommand(tx: Tx, boss: PgBoss, command: WaCommand): Promise<void> {
  await sendJob(boss, waCommandQueue, command, { db: fromDrizzle(tx, sql) });
}
