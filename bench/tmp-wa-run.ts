import { migrateDatabase } from "@taqweem/db";
import { createScratchDatabase } from "@taqweem/db/scratch";
import { installQueues } from "@taqweem/jobs";
import { benchWhatsApp } from "./wa-throughput";
process.env.LOG_LEVEL ??= "warn";
const scratch = await createScratchDatabase("bench");
try {
  await migrateDatabase(scratch.url);
  await installQueues(scratch.url);
  console.table(await benchWhatsApp(scratch.url));
} finally {
  await scratch.dispose();
}
