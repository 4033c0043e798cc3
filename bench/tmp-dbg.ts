import { createScratchDatabase } from "@taqweem/db/scratch";
import { installQueues } from "@taqweem/jobs";
import { PgBoss } from "pg-boss";
const scratch = await createScratchDatabase("dbg");
try {
  await installQueues(scratch.url);
  const boss = new PgBoss({ connectionString: scratch.url, useListenNotify: true, supervise: false, schedule: false });
  boss.on("error", (e) => console.error("boss error", e.message));
  await boss.start();
  await boss.createQueue("q1", { notify: true });
  await boss.insert("q1", Array.from({ length: 300 }, (_, i) => ({ data: { i } })));
  console.log("inserted", (await boss.findJobs("q1")).length);
  let n = 0;
  const t0 = Date.now();
  await boss.work("q1", { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 }, async () => { n++; });
  await new Promise((r) => setTimeout(r, 8000));
  console.log("after 8s", n, Date.now() - t0);
  await boss.stop({ graceful: false });
} finally {
  await scratch.dispose();
}
