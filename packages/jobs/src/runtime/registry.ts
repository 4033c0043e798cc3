import { type Database, type WorkerKind, workers } from "@taqweem/db";
import { eq, lt, sql } from "drizzle-orm";
import { workerConfigFromEnv } from "../config";

export interface WorkerIdentity {
  id: string;
  kind: WorkerKind;
  host: string;
  pid: number;
  version: string;
}

export function describeWorker(kind: WorkerKind, version: string): WorkerIdentity {
  return {
    id: crypto.randomUUID(),
    kind,
    host: workerConfigFromEnv().host,
    pid: process.pid,
    version,
  };
}

export async function registerWorker(db: Database, identity: WorkerIdentity): Promise<void> {
  // Forget processes that have been silent for a day, so the System page stays readable.
  await db.delete(workers).where(lt(workers.lastSeenAt, sql`now() - interval '1 day'`));
  await db.insert(workers).values(identity).onConflictDoNothing();
}

/** Returns the stored last_seen_at, so the heartbeat event carries the database's clock. */
export async function heartbeat(
  db: Database,
  id: string,
  metrics: Record<string, number>,
): Promise<Date | null> {
  const [row] = await db
    .update(workers)
    .set({ lastSeenAt: sql`now()`, metrics })
    .where(eq(workers.id, id))
    .returning({ lastSeenAt: workers.lastSeenAt });
  return row?.lastSeenAt ?? null;
}

export async function unregisterWorker(db: Database, id: string): Promise<void> {
  await db.delete(workers).where(eq(workers.id, id));
}
