import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { dbConfigFromEnv } from "./config";
import { dropDatabase, ensureDatabase } from "./databases";
import { spawnEmbeddedPostgres } from "./embedded-process";

export interface ScratchDatabase {
  url: string;
  /** The server's maintenance database, for creating more databases beside this one. */
  adminUrl: string;
  onEmbedded: boolean;
  dispose(): Promise<void>;
}

/**
 * A new, empty database for tests and benchmarks: on the server in DATABASE_URL when set,
 * otherwise on an embedded PostgreSQL in a temporary folder. `dispose` removes all of it.
 */
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  let adminUrl = dbConfigFromEnv().databaseUrl;
  let stopServer = async () => {};
  let tempDir: string | null = null;
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(tmpdir(), `taqweem-${label}-`));
    const server = await spawnEmbeddedPostgres(path.join(tempDir, "pg"), await freePort());
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  const database = `taqweem_${label}_${process.pid}_${Date.now()}`;
  await ensureDatabase(adminUrl, database);
  const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  return {
    url,
    adminUrl,
    onEmbedded: tempDir !== null,
    async dispose() {
      await dropDatabase(adminUrl, database);
      await stopServer();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}
