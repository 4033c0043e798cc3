import { type Database, type Locale, organisations } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { SessionUser } from "../../context";
import { publicOrganisation } from "../public-org";
import { feedEvents, icsEvent } from "./feed-events";
import { buildIcs } from "./ics";
import { resolveFeedToken } from "./tokens";

const refreshSeconds = 60 * 60;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function icsResponse(ics: string, options: { filename: string; download: boolean; cache: string }): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${options.download ? "attachment" : "inline"}; filename="${options.filename}"`,
      "Cache-Control": options.cache,
    },
  });
}

async function organisationById(db: Database, id: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  return org ?? null;
}

const notFound = () => new Response("Not found", { status: 404 });

const orgName = (org: { nameEn: string; nameAr: string }, locale: Locale) =>
  locale === "ar" ? org.nameAr : org.nameEn;

/** GET /api/calendar/public.ics?org=<slug>&lang=ar: published public events, no sign-in. */
export async function publicFeedResponse(db: Database, params: URLSearchParams): Promise<Response> {
  const org = await publicOrganisation(db, params.get("org"));
  if (!org) return notFound();
  const locale: Locale = params.get("lang") === "ar" ? "ar" : "en";
  const ics = buildIcs({
    name: orgName(org, locale),
    locale,
    timeZone: org.timeZone,
    events: await feedEvents(db, org.id, "public"),
    refreshSeconds,
  });
  return icsResponse(ics, { filename: "public.ics", download: false, cache: "public, max-age=300" });
}

/** GET /api/calendar/feed/<token>.ics: a member's private feed; 404 for an unknown or revoked token. */
export async function privateFeedResponse(db: Database, tokenInPath: string): Promise<Response> {
  const member = await resolveFeedToken(db, tokenInPath.replace(/\.ics$/, ""));
  if (!member) return notFound();
  const org = await organisationById(db, member.orgId);
  if (!org) return notFound();
  const ics = buildIcs({
    name: orgName(org, member.locale),
    locale: member.locale,
    timeZone: org.timeZone,
    events: await feedEvents(db, org.id, "members"),
    refreshSeconds,
  });
  return icsResponse(ics, { filename: "taqweem.ics", download: false, cache: "private, no-store" });
}

/** GET /api/calendar/events/<id>: one event as a file, for a signed-in member of its organisation. */
export async function eventDownloadResponse(db: Database, session: SessionUser | null, id: string) {
  if (!session) return new Response("Unauthorized", { status: 401 });
  const event = uuid.test(id) ? await icsEvent(db, session.orgId, id) : null;
  const org = await organisationById(db, session.orgId);
  if (!event || !org) return notFound();
  const ics = buildIcs({
    name: orgName(org, session.locale),
    locale: session.locale,
    timeZone: org.timeZone,
    events: [event],
  });
  return icsResponse(ics, { filename: `event-${event.id}.ics`, download: true, cache: "private, no-store" });
}
