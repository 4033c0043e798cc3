import { auditLog, type Database } from "@taqweem/db";

type Executor = Pick<Database, "insert">;

export interface AuditInput {
  orgId: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  diff?: Record<string, unknown>;
}

/** Call with the transaction that makes the change, so the record and the change commit together. */
export async function recordAudit(db: Executor, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({ ...entry, entityId: entry.entityId ?? null, diff: entry.diff ?? {} });
}
