import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dbConfigFromEnv } from "./config";
import * as schema from "./schema/index";

export type Database = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

interface Connection {
  url: string;
  sql: Sql;
  db: Database;
}

// Next.js hot reloads re-evaluate modules; keep one pool per process across reloads.
const cache = globalThis as unknown as { __taqweemDb?: Connection };

export function databaseUrl(): string {
  const url = dbConfigFromEnv().databaseUrl;
  if (!url)
    throw new Error("DATABASE_URL is not set: run through `npm run dev`, or set it to a Postgres URL.");
  return url;
}

export function createConnection(url: string, options: { max?: number; appName?: string } = {}): Connection {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: options.appName ?? "taqweem" },
  });
  return { url, sql, db: drizzle(sql, { schema }) };
}

/** The process-wide connection for DATABASE_URL. */
export function getConnection(): Connection {
  const url = databaseUrl();
  if (!cache.__taqweemDb || cache.__taqweemDb.url !== url) {
    cache.__taqweemDb = createConnection(url, { appName: dbConfigFromEnv().appName });
  }
  return cache.__taqweemDb;
}

export function getDb(): Database {
  return getConnection().db;
}

export function getSql(): Sql {
  return getConnection().sql;
}

export async function closeConnection(): Promise<void> {
  const connection = cache.__taqweemDb;
  cache.__taqweemDb = undefined;
  await connection?.sql.end({ timeout: 5 });
}
