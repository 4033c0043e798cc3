/** The fields that differ between two versions of a row, as `{ field: [before, after] }` for audit_log. */
export function changes<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = (before as Record<string, unknown>)[field];
    if (JSON.stringify(old) !== JSON.stringify(value)) diff[field] = [old, value];
  }
  return diff;
}

/** True when a query failed on the named unique index or constraint (drizzle wraps the driver's error). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined; e; ) {
    if (e.code === "23505" && e.constraint_name === constraint) return true;
    e = e.cause as typeof e;
  }
  return false;
}
