import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

export const workerKinds = ["web-jobs", "wa-worker", "scraper"] as const;
export type WorkerKind = (typeof workerKinds)[number];
export const workerKindEnum = pgEnum("worker_kind", workerKinds);

/** One row per running worker process; rows of stopped processes are removed or go stale. */
export const workers = pgTable(
  "workers",
  {
    id: uuid("id").primaryKey(),
    kind: workerKindEnum("kind").notNull(),
    host: text("host").notNull(),
    pid: integer("pid").notNull(),
    version: text("version").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    metrics: jsonb("metrics").$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [index("workers_last_seen_idx").on(t.lastSeenAt)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    diff: jsonb("diff").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_org_at_idx").on(t.orgId, t.at),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
  ],
);

export type Worker = typeof workers.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
