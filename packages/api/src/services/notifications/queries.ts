import { type Database, notifications } from "@taqweem/db";
import { and, count, desc, eq, inArray, isNull, lt, or } from "drizzle-orm";

export interface Reader {
  orgId: string;
  userId: string;
}

const mine = (reader: Reader) =>
  and(eq(notifications.orgId, reader.orgId), eq(notifications.userId, reader.userId));

export interface NotificationPage {
  limit: number;
  unreadOnly: boolean;
  /** The `nextCursor` of the previous page. */
  cursor?: { createdAt: Date; id: string };
}

/** Newest first, paged by (created_at, id) so new arrivals never shift a page. */
export async function listNotifications(db: Database, reader: Reader, page: NotificationPage) {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        mine(reader),
        page.unreadOnly ? isNull(notifications.readAt) : undefined,
        page.cursor
          ? or(
              lt(notifications.createdAt, page.cursor.createdAt),
              and(eq(notifications.createdAt, page.cursor.createdAt), lt(notifications.id, page.cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > page.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export async function unreadCount(db: Database, reader: Reader): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(mine(reader), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks the given notifications (or all, without ids) read; returns how many changed. */
export async function markRead(db: Database, reader: Reader, ids?: string[]): Promise<number> {
  const changed = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(reader), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return changed.length;
}
