import { categories } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Executor } from "../tx";

/** A category id from a client must name one of the organisation's own categories. */
export async function assertOwnCategory(db: Executor, orgId: string, categoryId: string | null | undefined) {
  if (!categoryId) return;
  const [found] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, categoryId), eq(categories.orgId, orgId)));
  if (!found) fail("invalid", errorKeys.unknownCategory);
}
