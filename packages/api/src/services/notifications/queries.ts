import { type Database, notifications } from "@taqweem/db";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { afterCursor, newestFirst, toPage } from "../pagination";
import { cursorInput, id, limitInput } from "../shared-inputs";

export interface Reader {
  orgId: string;
  userId: string;
}

const mine = (reader: Reader) =>
  and(eq(notifications.orgId, reader.orgId), eq(notifications.userId, reader.userId));

export const listNotificationsInput = z
  .object({ limit: limitInput(100, 20), unreadOnly: z.boolean().default(false), cursor: cursorInput })
  .default({ limit: 20, unreadOnly: false });

export type NotificationPage = z.infer<typeof listNotificationsInput>;

export const markReadInput = z.object({ ids: z.array(id).min(1).max(200) });

/** Newest first, paged by (created_at, id) so new arrivals never shift a page. */
export async function listNotifications(db: Database, reader: Reader, page: NotificationPage) {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        mine(reader),
        page.unreadOnly ? isNull(notifications.readAt) : undefined,
        afterCursor(notifications, page.cursor),
      ),
    )
    .orderBy(...newestFirst(notifications))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
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
