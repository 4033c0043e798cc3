import { createBoss } from "./boss";
import { allQueues } from "./catalogue";

/** Installs or upgrades the pgboss schema and creates every queue; dead letter queues come first. */
export async function installQueues(url: string): Promise<void> {
  const boss = createBoss("migrator", url, { max: 2 });
  boss.on("error", (error) => console.error("pg-boss:", error));
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const queue of allQueues) {
      if (!existing.has(queue.deadLetter))
        await boss.createQueue(queue.deadLetter, { retentionSeconds: 30 * 86400 });
    }
    for (const queue of allQueues) {
      const options = { ...queue.options, deadLetter: queue.deadLetter };
      // pg-boss fixes a queue's policy at creation and refuses it in an update.
      const { policy: _fixed, ...updatable } = options;
      if (existing.has(queue.name)) await boss.updateQueue(queue.name, updatable);
      else await boss.createQueue(queue.name, options);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
