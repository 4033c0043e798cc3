import { type Database, workerKinds, workers } from "@taqweem/db";
import { allQueues, pingQueues, sendJob, workerOnlineWindowMs } from "@taqweem/jobs";
import { asc, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";

export async function listWorkers(db: Database) {
  const onlineWindowMs = workerOnlineWindowMs();
  const rows = await db
    .select({
      id: workers.id,
      kind: workers.kind,
      host: workers.host,
      pid: workers.pid,
      version: workers.version,
      startedAt: workers.startedAt,
      lastSeenAt: workers.lastSeenAt,
      metrics: workers.metrics,
      online: sql<boolean>`${workers.lastSeenAt} > now() - make_interval(secs => ${onlineWindowMs / 1000})`,
    })
    .from(workers)
    .orderBy(asc(workers.kind), asc(workers.startedAt));
  return rows;
}

export interface QueueDepth {
  name: string;
  queued: number;
  active: number;
  failed: number;
  dead: number;
}

/** Counts straight from pg-boss's job table, so the figures are current, not a cached snapshot. */
export async function queueDepths(db: Database): Promise<QueueDepth[]> {
  const rows = await db.execute<{ name: string; queued: number; active: number; failed: number }>(sql`
    select name,
      count(*) filter (where state in ('created', 'retry'))::int as queued,
      count(*) filter (where state = 'active')::int as active,
      count(*) filter (where state = 'failed')::int as failed
    from pgboss.job group by name`);
  const byName = new Map(rows.map((row) => [row.name, row]));
  return allQueues.map((queue) => {
    const counts = byName.get(queue.name);
    const dead = byName.get(queue.deadLetter);
    return {
      name: queue.name,
      queued: counts?.queued ?? 0,
      active: counts?.active ?? 0,
      failed: counts?.failed ?? 0,
      dead: (dead?.queued ?? 0) + (dead?.active ?? 0) + (dead?.failed ?? 0),
    };
  });
}

/** Sends one ping job to each worker kind; answers arrive as `ping.reply` events. */
export async function pingWorkers(boss: PgBoss, who: { orgId: string; userId: string }) {
  const pingId = crypto.randomUUID();
  const sentAt = new Date().toISOString();
  await Promise.all(
    workerKinds.map((kind) =>
      sendJob(boss, pingQueues[kind], { pingId, sentAt, orgId: who.orgId, requestedBy: who.userId }),
    ),
  );
  return { pingId, sentAt, kinds: [...workerKinds] };
}
