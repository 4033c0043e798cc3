import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase } from "@taqweem/db";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@taqweem/db/embedded";
import { installQueues } from "@taqweem/jobs";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

/**
 * A fresh database per run: on the server in DATABASE_URL when set, otherwise on an embedded
 * PostgreSQL in a temporary folder. Migrations and pg-boss queues are installed as in production.
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stopServer = async () => {};
  let tempDir: string | null = null;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    tempDir = await mkdtemp(path.join(tmpdir(), "taqweem-test-"));
    const server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await freePort() });
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  const database = `taqweem_test_${process.pid}_${Date.now()}`;
  await ensureDatabase(adminUrl, database);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  await migrateDatabase(databaseUrl);
  await installQueues(databaseUrl);
  console.log(
    `integration tests on ${process.env.DATABASE_URL ? "DATABASE_URL server" : "embedded PostgreSQL"}, database ${database}`,
  );
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminUrl", adminUrl);

  return async () => {
    await dropDatabase(adminUrl, database);
    await stopServer();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
