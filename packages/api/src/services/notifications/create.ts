import { notifications } from "@taqweem/db";
import type { Tx } from "../tx";
import { publishOnCommit } from "./publish";

export type NewNotification = typeof notifications.$inferInsert;

/** Writes in-app notifications and tells each recipient's open pages (after commit) to refresh. */
export async function createNotifications(tx: Tx, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  const created = await tx
    .insert(notifications)
    .values(rows)
    .returning({ id: notifications.id, userId: notifications.userId, orgId: notifications.orgId });
  for (const row of created) {
    await publishOnCommit(tx, {
      type: "notification.created",
      orgId: row.orgId,
      userId: row.userId,
      notificationId: row.id,
    });
  }
}
