import { type Database, taskComments, users } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { assertCanWorkOn, lockTask } from "./access";
import { noticeTask } from "./notices";

/** A comment by someone who may work on the task; the task's people hear of it in the app. */
export async function addComment(db: Database, boss: PgBoss, actor: Actor, taskId: string, body: string) {
  return db.transaction(async (tx) => {
    const task = await lockTask(tx, actor.orgId, taskId);
    await assertCanWorkOn(tx, actor, task);
    const [comment] = await tx
      .insert(taskComments)
      .values({ orgId: actor.orgId, taskId, authorId: actor.userId, body })
      .returning();
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.comment",
      entity: "task",
      entityId: taskId,
      diff: { commentId: comment!.id },
    });
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    await noticeTask(
      tx,
      boss,
      taskId,
      { kind: "task_comment", author: author?.name ?? "", body },
      { actorId: actor.userId },
    );
    return comment!;
  });
}
