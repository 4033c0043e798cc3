import { type Database, organisations } from "@taqweem/db";
import { asc } from "drizzle-orm";
import { siteConfigFromEnv } from "../config";
import { findOrganisationBySlug } from "./users";

/**
 * The organisation whose public calendar is asked for: by slug, else PUBLIC_ORG_SLUG, else the
 * first organisation created (a single-institution deployment needs no configuration).
 */
export async function publicOrganisation(db: Database, slug?: string | null) {
  const wanted = slug || siteConfigFromEnv().publicOrgSlug;
  if (wanted) return findOrganisationBySlug(db, wanted);
  const [first] = await db.select().from(organisations).orderBy(asc(organisations.createdAt)).limit(1);
  return first ?? null;
}
