import { defineConfig } from "drizzle-kit";
import { dbConfigFromEnv } from "./src/config";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  // pg-boss owns the "pgboss" schema; drizzle must never diff or touch it.
  schemaFilter: ["public"],
  dbCredentials: { url: dbConfigFromEnv().databaseUrl ?? "postgres://localhost/taqweem" },
});
