import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  // pg-boss owns the "pgboss" schema; drizzle must never diff or touch it.
  schemaFilter: ["public"],
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/taqweem" },
});
