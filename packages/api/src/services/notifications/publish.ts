import { type AppEvent, appEvent, EVENTS_CHANNEL } from "@taqweem/jobs";
import { sql } from "drizzle-orm";
import type { Executor } from "../tx";

/** NOTIFY from inside a transaction: Postgres delivers it only if, and when, the transaction commits. */
export async function publishOnCommit(tx: Executor, event: AppEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(appEvent.parse(event))})`);
}
