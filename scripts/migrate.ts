import { databaseUrl, migrateDatabase, redactUrl, waitForDatabase } from "@taqweem/db";
import { installQueues } from "@taqweem/jobs";
import { runCli } from "./lib/cli";

/** One-shot: SQL migrations, then the pg-boss schema and every queue. */
runCli(async () => {
  const url = databaseUrl();
  await waitForDatabase(url, { log: console.log });
  await migrateDatabase(url);
  await installQueues(url);
  console.log(`migrated ${redactUrl(url)}`);
});
