import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { seedDefaults, seedDevelopment } from "@taqweem/api";
import { closeConnection, getDb, migrateDatabase, redactUrl, waitForDatabase } from "@taqweem/db";
import { embeddedServerScript, tsxImport } from "@taqweem/db/embedded";
import { installQueues, provisionScraperRole, SCRAPER_ROLE } from "@taqweem/jobs";
import { type ManagedProcess, startProcess, stopProcess, waitForLine } from "./processes";

export type StackMode = "dev" | "prod";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function log(message: string) {
  console.log(`\x1b[1mtaqweem   \x1b[0m│ ${message}`);
}

/** The embedded cluster, started only when no DATABASE_URL is given. */
async function startDatabase(dataDir: string): Promise<{ url: string; server: ManagedProcess | null }> {
  if (process.env.DATABASE_URL) {
    log(`using DATABASE_URL ${redactUrl(process.env.DATABASE_URL)}`);
    return { url: process.env.DATABASE_URL, server: null };
  }
  const port = process.env.EMBEDDED_PG_PORT ?? "54329";
  log(`starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.join(dataDir, "postgres")})`);
  const server = startProcess(
    "postgres",
    process.execPath,
    [...tsxImport, embeddedServerScript, path.join(dataDir, "postgres"), port],
    {
      cwd: root,
      env: process.env,
      index: 5,
    },
  );
  const [, url] = await waitForLine(server, /^READY (\S+) \S+$/, 60_000);
  return { url: url!, server };
}

/** A secret from the environment, or one generated once and kept in the data folder. */
async function persistentSecret(dataDir: string, variable: string): Promise<string> {
  const fromEnv = process.env[variable];
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, variable.toLowerCase().replaceAll("_", "-"));
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  log(`generated ${variable} in ${file}`);
  return secret;
}

/** The same database as `url`, connected as the scraper's least-privilege role. */
function scraperDatabaseUrl(url: string, password: string): string {
  const scraperUrl = new URL(url);
  scraperUrl.username = SCRAPER_ROLE;
  scraperUrl.password = encodeURIComponent(password);
  return scraperUrl.toString();
}

/**
 * The scraper talks to the internet, so it gets no more than it needs: its own database role and
 * none of the web app's secrets.
 */
function scraperEnv(env: NodeJS.ProcessEnv, url: string, password: string): NodeJS.ProcessEnv {
  const { AUTH_SECRET: _auth, WA_STATE_KEY: _wa, SCRAPER_DATABASE_PASSWORD: _pw, ...rest } = env;
  return { ...rest, DATABASE_URL: scraperDatabaseUrl(url, password) };
}

function appCommands(mode: StackMode): Array<[name: string, command: string, args: string[], cwd: string]> {
  const watch = mode === "dev" ? ["watch", "--clear-screen=false"] : [];
  return [
    // Next.js behind its own server in both modes (see apps/web/server.ts); NODE_ENV picks dev or prod.
    ["web", tsx, ["server.ts"], path.join(root, "apps/web")],
    ["web-jobs", tsx, [...watch, "src/jobs/main.ts"], path.join(root, "apps/web")],
    ["wa-worker", tsx, [...watch, "src/main.ts"], path.join(root, "apps/wa-worker")],
    ["scraper", tsx, [...watch, "src/main.ts"], path.join(root, "apps/scraper")],
  ];
}

/**
 * Database (embedded unless DATABASE_URL), migrations, pg-boss schema, dev seed, then web,
 * web-jobs, wa-worker and scraper together. Ctrl-C stops the apps first, then Postgres.
 */
export async function runStack(mode: StackMode): Promise<void> {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const dataDir = path.resolve(root, process.env.TAQWEEM_DATA_DIR ?? ".data");
  await mkdir(dataDir, { recursive: true });

  const { url, server } = await startDatabase(dataDir);
  const apps: ManagedProcess[] = [];
  let shuttingDown = false;
  const shutdown = async (reason: string, code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${reason}: stopping`);
    await Promise.all(apps.map((app) => stopProcess(app, 30_000)));
    if (server) await stopProcess(server, 15_000);
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("interrupted", 0));
  process.on("SIGTERM", () => void shutdown("terminated", 0));

  const scraperPassword = await persistentSecret(dataDir, "SCRAPER_DATABASE_PASSWORD");
  try {
    process.env.DATABASE_URL = url;
    await waitForDatabase(url, { log });
    await migrateDatabase(url);
    await installQueues(url);
    await provisionScraperRole(url, scraperPassword);
    log("migrations and queues are up to date");
    if (process.env.NODE_ENV !== "production") {
      const email = process.env.SEED_ADMIN_EMAIL ?? seedDefaults.adminEmail;
      await seedDevelopment(getDb(), {
        adminEmail: email,
        adminPassword: process.env.SEED_ADMIN_PASSWORD ?? seedDefaults.adminPassword,
        orgName: process.env.SEED_ORG_NAME ?? seedDefaults.orgName,
      });
      log(`seeded: sign in as ${email}`);
    }
    await closeConnection();
  } catch (error) {
    log(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown("start-up failed", 1);
    return;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: await persistentSecret(dataDir, "AUTH_SECRET"),
    // Encrypts the WhatsApp credentials kept in Postgres; losing it means linking the number again.
    WA_STATE_KEY: await persistentSecret(dataDir, "WA_STATE_KEY"),
    // Signs the scraper's results; web-jobs verifies them before importing.
    SCRAPER_SIGNING_SECRET: await persistentSecret(dataDir, "SCRAPER_SIGNING_SECRET"),
    // On a developer's machine the app is opened by any name or address (localhost, a VM's IP),
    // so `npm start` trusts the Host header unless given AUTH_URL; `npm run dev` trusts it anyway
    // (auth.config). A deployment (docker compose) trusts it only when AUTH_TRUST_HOST says so.
    ...(mode === "prod" && !process.env.AUTH_URL && !process.env.AUTH_TRUST_HOST
      ? { AUTH_TRUST_HOST: "true" }
      : {}),
    NODE_ENV: mode === "dev" ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  appCommands(mode).forEach(([name, command, args, cwd], index) => {
    const appEnv = name === "scraper" ? scraperEnv(env, url, scraperPassword) : env;
    const app = startProcess(name, command, args, { cwd, env: appEnv, index });
    apps.push(app);
    app.exited.then((code) => void shutdown(`${name} exited with code ${code}`, code === 0 ? 0 : 1));
  });
  log(`web on http://localhost:${process.env.PORT ?? 3000}`);
}
