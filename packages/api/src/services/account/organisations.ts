import { type Database, memberships, organisations } from "@taqweem/db";
import { and, asc, eq, isNull } from "drizzle-orm";

/** The organisations the user is an active member of, e.g. after accepting an invitation. */
export async function listMyOrganisations(db: Database, userId: string) {
  return db
    .select({
      id: organisations.id,
      nameEn: organisations.nameEn,
      nameAr: organisations.nameAr,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)))
    .orderBy(asc(memberships.createdAt));
}
