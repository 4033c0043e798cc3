import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

// Joined at run time rather than `new URL("../drizzle", import.meta.url)`, which bundlers (the web
// app's Turbopack) take for an asset to bundle and fail on, the target being a folder.
export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "../drizzle");

/** Applies the committed SQL migrations; safe to run repeatedly and from several replicas. */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
