import { categories, type Database, events } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { listCategories } from "../categories";
import { publicOrganisation } from "../public-org";
import { listOccurrences } from "./occurrences";
import type { RangeInput } from "./range-input";

/** The public calendar shows only what is published and public; nothing internal leaves. */
const isPublic = and(eq(events.status, "published"), eq(events.visibility, "public"));

async function requirePublicOrg(db: Database, slug: string | undefined) {
  const org = await publicOrganisation(db, slug);
  if (!org) fail("not_found", errorKeys.notFound);
  return org;
}

/** Name, zone and categories (for the legend and the filter) of the public calendar's organisation. */
export async function publicCalendarInfo(db: Database, slug: string | undefined) {
  const org = await requirePublicOrg(db, slug);
  const list = await listCategories(db, org.id);
  return {
    slug: org.slug,
    nameEn: org.nameEn,
    nameAr: org.nameAr,
    timeZone: org.timeZone,
    categories: list.map(({ id, nameEn, nameAr, color }) => ({ id, nameEn, nameAr, color })),
  };
}

export async function publicOccurrences(db: Database, slug: string | undefined, input: RangeInput) {
  const org = await requirePublicOrg(db, slug);
  const page = await listOccurrences(db, org.id, input, isPublic);
  // Without the internal fields (version, status).
  return page.mapEvents(({ version: _version, status: _status, ...event }) => event);
}

export async function publicEvent(db: Database, slug: string | undefined, id: string) {
  const org = await requirePublicOrg(db, slug);
  const [event] = await db
    .select({
      id: events.id,
      titleEn: events.titleEn,
      titleAr: events.titleAr,
      descriptionEn: events.descriptionEn,
      descriptionAr: events.descriptionAr,
      locationEn: events.locationEn,
      locationAr: events.locationAr,
      organisersEn: events.organisersEn,
      organisersAr: events.organisersAr,
      type: events.type,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      allDay: events.allDay,
      timeZone: events.timeZone,
      rrule: events.rrule,
      exdates: events.exdates,
      link: events.link,
      category: {
        id: categories.id,
        nameEn: categories.nameEn,
        nameAr: categories.nameAr,
        color: categories.color,
      },
    })
    .from(events)
    .leftJoin(categories, eq(categories.id, events.categoryId))
    .where(and(eq(events.id, id), eq(events.orgId, org.id), isPublic));
  if (!event) fail("not_found", errorKeys.notFound);
  return event;
}
