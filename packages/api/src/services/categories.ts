import { categories, type Database } from "@taqweem/db";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { fail } from "../domain-error";
import { errorKeys } from "../errors";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { changes, isUniqueViolation } from "./changes";
import { idInput } from "./shared-inputs";
import type { Executor } from "./tx";

const name = z
  .string({ error: errorKeys.invalidInput })
  .trim()
  .min(1, { error: errorKeys.invalidInput })
  .max(80, { error: errorKeys.tooLong });

/** A category's fields: the name in both languages and a #rrggbb colour (stored lower-case). */
export const createCategoryInput = z.object({
  nameEn: name,
  nameAr: name,
  color: z
    .string({ error: errorKeys.invalidColor })
    .regex(/^#[0-9a-f]{6}$/i, { error: errorKeys.invalidColor })
    .transform((color) => color.toLowerCase()),
});

type CategoryFields = z.infer<typeof createCategoryInput>;

/** `id` and the fields that change. */
export const updateCategoryInput = idInput.extend(createCategoryInput.partial().shape);

const uniqueName = "categories_org_name_en_key";

/** Runs a write; a second category with the same English name is a CONFLICT. */
async function guardUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, uniqueName)) fail("conflict", errorKeys.categoryExists);
    throw error;
  }
}

export async function listCategories(db: Executor, orgId: string) {
  return db.select().from(categories).where(eq(categories.orgId, orgId)).orderBy(asc(categories.nameEn));
}

export async function createCategory(db: Database, actor: Actor, fields: CategoryFields) {
  return guardUnique(() =>
    db.transaction(async (tx) => {
      const [category] = await tx
        .insert(categories)
        .values({ ...fields, orgId: actor.orgId })
        .returning();
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "category.create",
        entity: "category",
        entityId: category!.id,
        diff: changes({}, fields),
      });
      return category!;
    }),
  );
}

export async function updateCategory(
  db: Database,
  actor: Actor,
  id: string,
  fields: Partial<CategoryFields>,
) {
  return guardUnique(() =>
    db.transaction(async (tx) => {
      const where = and(eq(categories.id, id), eq(categories.orgId, actor.orgId));
      const [current] = await tx.select().from(categories).where(where).for("update");
      if (!current) fail("not_found", errorKeys.notFound);
      const diff = changes(current, fields);
      if (Object.keys(diff).length === 0) return current;
      const [updated] = await tx.update(categories).set(fields).where(where).returning();
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "category.update",
        entity: "category",
        entityId: id,
        diff,
      });
      return updated!;
    }),
  );
}

/** Deletes a category; its events keep existing without one. */
export async function deleteCategory(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(categories)
      .where(and(eq(categories.id, id), eq(categories.orgId, actor.orgId)))
      .returning();
    if (!deleted) fail("not_found", errorKeys.notFound);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "category.delete",
      entity: "category",
      entityId: id,
      diff: { nameEn: [deleted.nameEn, null], nameAr: [deleted.nameAr, null], color: [deleted.color, null] },
    });
  });
}
