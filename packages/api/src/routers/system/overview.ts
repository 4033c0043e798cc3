import { workerOnlineWindowMs } from "@taqweem/jobs";
import { sql } from "drizzle-orm";
import { listWorkers, queueDepths } from "../../services/system";
import { allowedProcedure } from "../../trpc";

export const systemOverview = allowedProcedure("system.monitor").query(async ({ ctx }) => {
  const [workers, queues, [clock]] = await Promise.all([
    listWorkers(ctx.db),
    queueDepths(ctx.db),
    ctx.db.execute<{ now: string }>(sql`select now()::text as now`),
  ]);
  // The page compares heartbeats with the database clock, not the browser's.
  return { workers, queues, serverNow: new Date(clock!.now), onlineWindowMs: workerOnlineWindowMs() };
});
