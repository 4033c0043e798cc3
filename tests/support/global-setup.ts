import { migrateDatabase } from "@taqweem/db";
import { createScratchDatabase } from "@taqweem/db/scratch";
import { installQueues, provisionScraperRole } from "@taqweem/jobs";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

/** A fresh database per run, migrated and with pg-boss queues installed as in production. */
export default async function setup(project: TestProject) {
  const scratch = await createScratchDatabase("test");
  await migrateDatabase(scratch.url);
  await installQueues(scratch.url);
  await provisionScraperRole(scratch.url);
  console.log(
    `integration tests on ${scratch.onEmbedded ? "embedded PostgreSQL" : "the DATABASE_URL server"}`,
  );
  project.provide("databaseUrl", scratch.url);
  project.provide("adminUrl", scratch.adminUrl);
  return () => scratch.dispose();
}
