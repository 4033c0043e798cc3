import {
  type Event,
  type Task,
  taskPrerequisites,
  tasks,
  taskTemplatePrerequisites,
  taskTemplates,
} from "@taqweem/db";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { fail } from "../../domain-error";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { findCycle, graphOf } from "../tasks/graph";
import { eventTaskEdges } from "../tasks/task-prerequisites";
import type { Tx } from "../tx";

/** Creates the tasks of the chosen templates that the event does not have yet. */
export async function createFromTemplates(
  tx: Tx,
  actor: Actor,
  event: Event,
  departmentId: string,
  templateIds: string[],
) {
  const eventId = event.id;
  const existing = await tx
    .select({ templateId: tasks.templateId })
    .from(tasks)
    .where(
      and(eq(tasks.eventId, eventId), eq(tasks.departmentId, departmentId), isNotNull(tasks.templateId)),
    );
  const have = new Set(existing.map((row) => row.templateId));
  const templates = (
    templateIds.length === 0
      ? []
      : await tx
          .select()
          .from(taskTemplates)
          .where(and(eq(taskTemplates.departmentId, departmentId), inArray(taskTemplates.id, templateIds)))
  ).filter((template) => !have.has(template.id));
  if (templates.length === 0) return [];
  const created = await tx
    .insert(tasks)
    .values(
      templates.map((template) => ({
        orgId: actor.orgId,
        eventId,
        departmentId,
        templateId: template.id,
        titleEn: template.titleEn,
        titleAr: template.titleAr,
        descriptionEn: template.descriptionEn,
        descriptionAr: template.descriptionAr,
        priority: template.priority,
        dueAt: new Date(
          (template.dueAnchor === "start" ? event.startsAt : event.endsAt).getTime() +
            template.dueOffsetMinutes * 60_000,
        ),
        dueAnchor: template.dueAnchor,
        dueOffsetMinutes: template.dueOffsetMinutes,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })),
    )
    .returning();
  for (const task of created)
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.create",
      entity: "task",
      entityId: task.id,
      diff: { templateId: task.templateId, titleEn: task.titleEn, titleAr: task.titleAr, dueAt: task.dueAt },
    });
  return created;
}

/**
 * Links the event's template tasks as their templates are linked, wherever a link touches a new
 * task, and refuses the result if hand-made links turn it into a cycle.
 */
export async function linkFromTemplates(tx: Tx, eventId: string, departmentId: string, created: Task[]) {
  if (created.length === 0) return;
  const templated = await tx
    .select({ id: tasks.id, templateId: tasks.templateId })
    .from(tasks)
    .where(
      and(eq(tasks.eventId, eventId), eq(tasks.departmentId, departmentId), isNotNull(tasks.templateId)),
    );
  const taskOf = new Map(templated.map((row) => [row.templateId!, row.id]));
  const edges = await tx
    .select()
    .from(taskTemplatePrerequisites)
    .where(inArray(taskTemplatePrerequisites.templateId, [...taskOf.keys()]));
  const fresh = new Set(created.map((task) => task.id));
  const links = edges
    .map((edge) => ({ taskId: taskOf.get(edge.templateId), prerequisiteId: taskOf.get(edge.prerequisiteId) }))
    .filter(
      (link): link is { taskId: string; prerequisiteId: string } =>
        Boolean(link.taskId && link.prerequisiteId) &&
        (fresh.has(link.taskId!) || fresh.has(link.prerequisiteId!)),
    );
  if (links.length === 0) return;
  await tx.insert(taskPrerequisites).values(links).onConflictDoNothing();
  const { edges: all } = await eventTaskEdges(tx, eventId);
  if (findCycle(graphOf(all))) fail("invalid", "errors.prerequisiteCycle");
}
