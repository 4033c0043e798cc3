import { type Database, taskTemplatePrerequisites, taskTemplates } from "@taqweem/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { changes } from "../changes";
import { assertDepartmentInOrg } from "../departments/membership";
import type { Tx } from "../tx";
import { assertValidPrerequisites } from "./prerequisites";
import type { NewTemplate, TemplateChanges } from "./template-inputs";

/** The schema's `dueOffset` (minutes) is stored as `dueOffsetMinutes`. */
function columns<T extends { dueOffset?: number }>({ dueOffset, ...rest }: T) {
  return { ...rest, ...(dueOffset !== undefined && { dueOffsetMinutes: dueOffset }) };
}

/** Replaces a template's prerequisites after checking they are the department's and form no cycle. */
async function setTemplatePrerequisites(tx: Tx, departmentId: string, templateId: string, ids: string[]) {
  // One editor at a time per department, so two edits cannot close a cycle between them.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`task-templates:${departmentId}`}))`);
  const siblings = await tx
    .select({ id: taskTemplates.id })
    .from(taskTemplates)
    .where(eq(taskTemplates.departmentId, departmentId));
  const scope = siblings.map((row) => row.id);
  const edges = await tx
    .select({
      id: taskTemplatePrerequisites.templateId,
      prerequisiteId: taskTemplatePrerequisites.prerequisiteId,
    })
    .from(taskTemplatePrerequisites)
    .where(inArray(taskTemplatePrerequisites.templateId, scope));
  const prerequisites = [...new Set(ids)];
  assertValidPrerequisites({ node: templateId, prerequisites, inScope: new Set(scope), edges });
  await tx.delete(taskTemplatePrerequisites).where(eq(taskTemplatePrerequisites.templateId, templateId));
  if (prerequisites.length > 0)
    await tx
      .insert(taskTemplatePrerequisites)
      .values(prerequisites.map((prerequisiteId) => ({ templateId, prerequisiteId })));
  return edges.filter((edge) => edge.id === templateId).map((edge) => edge.prerequisiteId);
}

export async function createTemplate(db: Database, actor: Actor, input: NewTemplate) {
  const { prerequisiteIds, ...rest } = input;
  const fields = columns(rest);
  return db.transaction(async (tx) => {
    await assertDepartmentInOrg(tx, actor.orgId, input.departmentId);
    const [row] = await tx
      .insert(taskTemplates)
      .values({ ...fields, orgId: actor.orgId })
      .returning();
    await setTemplatePrerequisites(tx, input.departmentId, row!.id, prerequisiteIds);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task_template.create",
      entity: "task_template",
      entityId: row!.id,
      diff: { ...fields, prerequisiteIds },
    });
    return { ...row!, prerequisiteIds };
  });
}

async function lockTemplate(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(taskTemplates)
    .where(and(eq(taskTemplates.id, id), eq(taskTemplates.orgId, orgId)))
    .for("update");
  return row ?? fail("not_found", "errors.notFound");
}

export async function updateTemplate(db: Database, actor: Actor, id: string, input: TemplateChanges) {
  const { prerequisiteIds, ...rest } = input;
  const fields = columns(rest);
  return db.transaction(async (tx) => {
    const before = await lockTemplate(tx, actor.orgId, id);
    const merged = { ...before, ...fields };
    if (merged.titleEn === null && merged.titleAr === null) fail("invalid", "errors.titleRequired");
    const [row] = await tx
      .update(taskTemplates)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(taskTemplates.id, id))
      .returning();
    const diff: Record<string, unknown> = changes(before, fields);
    if (prerequisiteIds) {
      const previous = await setTemplatePrerequisites(tx, before.departmentId, id, prerequisiteIds);
      if ([...previous].sort().join() !== [...new Set(prerequisiteIds)].sort().join())
        diff.prerequisiteIds = [previous, prerequisiteIds];
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task_template.update",
      entity: "task_template",
      entityId: id,
      diff,
    });
    return row!;
  });
}

/** Tasks made from the template stay; they only lose the link to it. */
export async function deleteTemplate(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const before = await lockTemplate(tx, actor.orgId, id);
    await tx.delete(taskTemplates).where(eq(taskTemplates.id, id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task_template.delete",
      entity: "task_template",
      entityId: id,
      diff: { titleEn: before.titleEn, titleAr: before.titleAr, departmentId: before.departmentId },
    });
  });
}

/** A department's templates (or all of the organisation's), each with its prerequisite ids. */
export async function listTemplates(db: Database, orgId: string, departmentId?: string) {
  const rows = await db
    .select()
    .from(taskTemplates)
    .where(
      and(
        eq(taskTemplates.orgId, orgId),
        departmentId ? eq(taskTemplates.departmentId, departmentId) : undefined,
      ),
    )
    .orderBy(
      asc(taskTemplates.departmentId),
      asc(taskTemplates.dueAnchor),
      asc(taskTemplates.dueOffsetMinutes),
    );
  const edges =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(taskTemplatePrerequisites)
          .where(
            inArray(
              taskTemplatePrerequisites.templateId,
              rows.map((row) => row.id),
            ),
          );
  return rows.map((row) => ({
    ...row,
    prerequisiteIds: edges.filter((edge) => edge.templateId === row.id).map((edge) => edge.prerequisiteId),
  }));
}
