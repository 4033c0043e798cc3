import { auditLog, users } from "@taqweem/db";
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "../tx";

const maxEntries = 200;

// These actions record each changed field as [from, to]; the others on an event (department
// assignment, reminders) record plain details, which the history lists by action alone.
const fieldDiffActions = new Set([
  "event.create",
  "event.update",
  "event.publish",
  "event.cancel",
  "event.delete",
]);

function fieldChanges(action: string, diff: Record<string, unknown>) {
  if (!fieldDiffActions.has(action)) return [];
  return Object.entries(diff as Record<string, [unknown, unknown]>).map(([field, [from, to]]) => ({
    field,
    from,
    to,
  }));
}

/** Import from a source and acceptance of its changes name the run the values came from. */
function sourceOf(action: string, diff: Record<string, unknown>) {
  if (!action.startsWith("event.source_")) return { sourceRunId: null, sourceFields: [] };
  const fields = Array.isArray(diff.fields)
    ? diff.fields.filter((f): f is string => typeof f === "string")
    : [];
  return {
    sourceRunId: typeof diff.sourceRunId === "string" ? diff.sourceRunId : null,
    sourceFields: fields,
  };
}

/** Who changed what on an event, newest first, from audit_log (also after the event was deleted). */
export async function eventHistory(db: Executor, orgId: string, eventId: string) {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      diff: auditLog.diff,
      actorId: auditLog.actorId,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.entity, "event"), eq(auditLog.entityId, eventId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(maxEntries);
  return rows.map(({ diff, actorId, actorName, ...entry }) => ({
    ...entry,
    actor: actorId ? { id: actorId, name: actorName ?? "" } : null,
    /** `from` and `to` are JSON values: dates arrive as ISO strings. */
    changes: fieldChanges(entry.action, diff),
    ...sourceOf(entry.action, diff),
  }));
}
