import { PgBoss } from "pg-boss";

export type BossRole = "producer" | "worker" | "migrator";

/**
 * The web app only produces jobs; workers consume and run maintenance and schedules; the migrator
 * installs the pgboss schema. Nothing but the migrator ever creates the schema.
 */
export function createBoss(role: BossRole, url: string, options: { max?: number } = {}): PgBoss {
  const boss = new PgBoss({
    connectionString: url,
    application_name: `taqweem-${role}`,
    max: options.max ?? (role === "producer" ? 4 : 10),
    migrate: role === "migrator",
    createSchema: role === "migrator",
    supervise: role === "worker",
    schedule: role === "worker",
    useListenNotify: role === "worker",
  });
  return boss;
}
