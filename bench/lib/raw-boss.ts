import { PgBoss } from "pg-boss";

/**
 * The baseline pg-boss: bare, with LISTEN/NOTIFY, no supervision or schedules, and a fresh queue
 * of its own (named after the benchmark) that wakes workers by NOTIFY.
 */
export async function startRawBoss(
  url: string,
  queuePrefix: string,
): Promise<{ boss: PgBoss; queue: string }> {
  const boss = new PgBoss({
    connectionString: url,
    useListenNotify: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  const queue = `${queuePrefix}.${Date.now()}`;
  await boss.createQueue(queue, { notify: true });
  return { boss, queue };
}
