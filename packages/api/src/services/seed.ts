import { type Database, memberships, organisations, runsInProduction, users } from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "./passwords";

export interface SeedOptions {
  adminEmail: string;
  adminPassword: string;
  orgName: string;
  orgSlug?: string;
}

export const seedDefaults = {
  adminEmail: "admin@taqweem.local",
  adminPassword: "taqweem-admin-2026",
  orgName: "Demo Institution",
};

/**
 * Creates the demo organisation and its admin when missing; running it again changes nothing
 * (an existing admin keeps the password it has).
 */
export async function seedDevelopment(db: Database, options: SeedOptions) {
  if (runsInProduction()) {
    throw new Error(
      "The development seed refuses to run with NODE_ENV=production; use `npm run user:create`.",
    );
  }
  const slug = options.orgSlug ?? "demo";
  const email = options.adminEmail.trim().toLowerCase();
  const passwordHash = await hashPassword(options.adminPassword);
  return db.transaction(async (tx) => {
    await tx
      .insert(organisations)
      .values({ slug, nameEn: options.orgName, nameAr: "مؤسسة تجريبية" })
      .onConflictDoNothing({ target: organisations.slug });
    const [org] = await tx.select().from(organisations).where(eq(organisations.slug, slug));
    await tx.insert(users).values({ email, name: "Admin", passwordHash }).onConflictDoNothing();
    const [admin] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    await tx
      .insert(memberships)
      .values({ userId: admin!.id, orgId: org!.id, role: "admin" })
      .onConflictDoNothing();
    const [membership] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, admin!.id), eq(memberships.orgId, org!.id)));
    return { orgId: org!.id, adminId: admin!.id, role: membership!.role };
  });
}
