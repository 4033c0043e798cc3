import { type Database, type WaTemplateKey, waTemplateKeys, waTemplates } from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import type { Executor } from "../tx";
import type { TemplateBodies } from "./template-inputs";
import { defaultTemplates, templateVariables, unknownVariables } from "./template-render";

function assertKnownVariables(key: WaTemplateKey, bodies: TemplateBodies) {
  const allowed = templateVariables[key];
  if (
    unknownVariables(allowed, bodies.bodyEn).length > 0 ||
    unknownVariables(allowed, bodies.bodyAr).length > 0
  )
    fail("invalid", errorKeys.waTemplateVariable);
}

/** The wording used for `key`: the organisation's own, else the built-in one. */
export async function effectiveTemplate(
  db: Executor,
  orgId: string,
  key: WaTemplateKey,
): Promise<TemplateBodies> {
  const [row] = await db
    .select({ bodyEn: waTemplates.bodyEn, bodyAr: waTemplates.bodyAr })
    .from(waTemplates)
    .where(and(eq(waTemplates.orgId, orgId), eq(waTemplates.key, key)));
  return row ?? { bodyEn: defaultTemplates[key].en, bodyAr: defaultTemplates[key].ar };
}

/** Every template key with the wording in force (`id` null: the built-in default) and its variables. */
export async function listTemplates(db: Database, orgId: string) {
  const rows = await db.select().from(waTemplates).where(eq(waTemplates.orgId, orgId));
  return waTemplateKeys.map((key) => {
    const own = rows.find((row) => row.key === key);
    return {
      key,
      id: own?.id ?? null,
      bodyEn: own?.bodyEn ?? defaultTemplates[key].en,
      bodyAr: own?.bodyAr ?? defaultTemplates[key].ar,
      isDefault: !own,
      defaultEn: defaultTemplates[key].en,
      defaultAr: defaultTemplates[key].ar,
      variables: [...templateVariables[key]],
      updatedAt: own?.updatedAt ?? null,
    };
  });
}

export async function createTemplate(db: Database, actor: Actor, key: WaTemplateKey, bodies: TemplateBodies) {
  assertKnownVariables(key, bodies);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(waTemplates)
      .values({ orgId: actor.orgId, key, ...bodies, updatedBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) fail("conflict", errorKeys.waTemplateExists);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.template.create",
      entity: "wa_template",
      entityId: row.id,
      diff: { key },
    });
    return row;
  });
}

export async function updateTemplate(db: Database, actor: Actor, id: string, bodies: TemplateBodies) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(waTemplates)
      .where(and(eq(waTemplates.id, id), eq(waTemplates.orgId, actor.orgId)))
      .for("update");
    if (!current) fail("not_found", errorKeys.notFound);
    assertKnownVariables(current.key, bodies);
    const [row] = await tx
      .update(waTemplates)
      .set({ ...bodies, updatedBy: actor.userId, updatedAt: sql`now()` })
      .where(eq(waTemplates.id, id))
      .returning();
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.template.update",
      entity: "wa_template",
      entityId: id,
      diff: { key: current.key },
    });
    return row!;
  });
}

/** Deletes the organisation's wording: the built-in default applies again. */
export async function deleteTemplate(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(waTemplates)
      .where(and(eq(waTemplates.id, id), eq(waTemplates.orgId, actor.orgId)))
      .returning({ key: waTemplates.key });
    if (!row) fail("not_found", errorKeys.notFound);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "wa.template.delete",
      entity: "wa_template",
      entityId: id,
      diff: { key: row.key },
    });
  });
  return { ok: true as const };
}
