import { databaseUrl, migrateDatabase, redactUrl, waitForDatabase } from "@taqweem/db";
import { installQueues, provisionScraperRole, scraperRoleConfigFromEnv } from "@taqweem/jobs";
import { runCli } from "./lib/cli";

/** One-shot: SQL migrations, then the pg-boss schema and every queue, then the scraper role's access to them. */
runCli(async () => {
  const url = databaseUrl();
  await waitForDatabase(url, { log: console.log });
  await migrateDatabase(url);
  await installQueues(url);
  await provisionScraperRole(url, scraperRoleConfigFromEnv().password);
  console.log(`migrated ${redactUrl(url)}`);
});
