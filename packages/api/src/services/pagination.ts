import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Where the previous page ended, for lists shown newest first. */
export interface Cursor {
  createdAt: Date;
  id: string;
}

interface Keys {
  createdAt: PgColumn;
  id: PgColumn;
}

/** Rows strictly after the cursor in newest-first order (id breaks ties between equal times). */
export function afterCursor(keys: Keys, cursor: Cursor | null | undefined): SQL | undefined {
  if (!cursor) return undefined;
  return or(
    lt(keys.createdAt, cursor.createdAt),
    and(eq(keys.createdAt, cursor.createdAt), lt(keys.id, cursor.id)),
  );
}

export const newestFirst = (keys: Keys) => [desc(keys.createdAt), desc(keys.id)];

/** Cuts one extra fetched row off and turns its presence into the next page's cursor. */
export function toPage<Row extends Cursor>(rows: Row[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
