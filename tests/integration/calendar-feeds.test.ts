import { createHash } from "node:crypto";
import { privateFeedResponse, publicFeedResponse } from "@taqweem/api";
import { calendarFeedTokens, getDb } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { downloadEvent, eventInput, parseIcs } from "../support/events";
import { addUser, callerFor, createOrg } from "../support/fixtures";

// Feeds carry events from the last 180 days on; keep the test events near now.
const soon = (days: number, hour = 5) => {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);
  day.setUTCHours(hour, 0, 0, 0);
  return day;
};
const at = (days: number, hours = 1) => ({ startsAt: soon(days), endsAt: soon(days, 5 + hours) });

async function publicFeed(slug: string, lang = "en") {
  const response = await publicFeedResponse(getDb(), new URLSearchParams({ org: slug, lang }));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  return parseIcs(await response.text());
}

describe("iCalendar feeds", () => {
  it("publishes only published public events, plus cancellations of once-published ones", async () => {
    const { org, admin } = await createOrg();
    const caller = await callerFor(admin);
    const shown = await caller.events.create(
      eventInput({ ...at(3), titleEn: "Public talk", titleAr: "ندوة عامة" }),
    );
    const draft = await caller.events.create(eventInput({ ...at(4), titleEn: "Draft", status: "draft" }));
    const internal = await caller.events.create(
      eventInput({ ...at(5), titleEn: "Staff only", visibility: "internal" }),
    );
    const called = await caller.events.create(eventInput({ ...at(6), titleEn: "Called off" }));
    await caller.events.cancel({ id: called.id, version: called.version });
    const neverShown = await caller.events.create(
      eventInput({ ...at(7), titleEn: "Never out", status: "draft" }),
    );
    await caller.events.cancel({ id: neverShown.id, version: neverShown.version });
    const old = await caller.events.create(eventInput({ ...at(-400), titleEn: "Long ago" }));

    const feed = await publicFeed(org.slug);
    expect([...feed.byUid.keys()].sort()).toEqual([`${called.id}@taqweem`, `${shown.id}@taqweem`].sort());
    for (const hidden of [draft, internal, neverShown, old])
      expect(feed.byUid.has(`${hidden.id}@taqweem`)).toBe(false);
    expect(feed.byUid.get(`${called.id}@taqweem`)!.component.getFirstPropertyValue("status")).toBe(
      "CANCELLED",
    );
    const talk = feed.byUid.get(`${shown.id}@taqweem`)!;
    expect(talk.summary).toBe("Public talk");
    expect(talk.startDate.toJSDate().toISOString()).toBe(shown.startsAt.toISOString());
    expect(talk.startDate.zone?.tzid).toBe("Asia/Dubai");
    expect(feed.calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Asia/Dubai");
    // The Arabic feed speaks Arabic.
    expect((await publicFeed(org.slug, "ar")).byUid.get(`${shown.id}@taqweem`)!.summary).toBe("ندوة عامة");
    expect((await publicFeedResponse(getDb(), new URLSearchParams({ org: "no-such-org" }))).status).toBe(404);
  });

  it("keeps UIDs stable and bumps SEQUENCE only on real changes", async () => {
    const { org, admin } = await createOrg();
    const caller = await callerFor(admin);
    const event = await caller.events.create(eventInput(at(10)));
    const uid = `${event.id}@taqweem`;
    const sequence = async () => (await publicFeed(org.slug)).byUid.get(uid)!.sequence;
    expect(await sequence()).toBe(0);
    const described = await caller.events.update({ id: event.id, version: 1, descriptionEn: "Details" });
    expect(await sequence()).toBe(0);
    const moved = await caller.events.update({ id: event.id, version: described.version, ...at(11) });
    expect(await sequence()).toBe(1);
    await caller.events.update({ id: event.id, version: moved.version, locationAr: "القاعة الكبرى" });
    expect(await sequence()).toBe(2);
    expect((await publicFeed(org.slug)).byUid.get(uid)!.location).toBe("القاعة الكبرى");
  });

  it("writes RRULE and EXDATE that a standard parser expands to the calendar's own occurrences", async () => {
    const { org, admin } = await createOrg();
    const caller = await callerFor(admin);
    const first = soon(2);
    const skipped = soon(4);
    const series = await caller.events.create(
      eventInput({ ...at(2), rrule: "FREQ=DAILY;COUNT=5", exdates: [skipped] }),
    );
    const allDay = await caller.events.create(
      eventInput({
        ...at(3),
        allDay: true,
        rrule: `FREQ=WEEKLY;UNTIL=${soon(20).toISOString().slice(0, 10).replaceAll("-", "")}`,
      }),
    );
    const feed = await publicFeed(org.slug);

    const parsed = feed.byUid.get(`${series.id}@taqweem`)!;
    const expanded: string[] = [];
    for (let it = parsed.iterator(), next = it.next(); next; next = it.next())
      expanded.push(next.toJSDate().toISOString());
    const ours = await caller.events.range({ from: first, to: soon(30) });
    const ourStarts = ours.occurrences
      .filter((o) => o.eventId === series.id)
      .map((o) => o.start.toISOString());
    expect(expanded).toEqual(ourStarts);
    expect(expanded).toHaveLength(4);
    expect(expanded).not.toContain(skipped.toISOString());

    const weekly = feed.byUid.get(`${allDay.id}@taqweem`)!;
    expect(weekly.startDate.isDate).toBe(true);
    expect((weekly.component.getFirstPropertyValue("rrule") as ICAL.Recur).until?.isDate).toBe(true);
    const dates: string[] = [];
    for (let it = weekly.iterator(), next = it.next(); next; next = it.next()) dates.push(next.toString());
    expect(dates).toHaveLength(3);
  });

  it("serves a private feed by token until it is rotated or revoked; the token is stored hashed", async () => {
    const { org, admin } = await createOrg();
    const viewer = await addUser(org.id, "viewer");
    const adminCaller = await callerFor(admin);
    const internal = await adminCaller.events.create(eventInput({ ...at(3), visibility: "internal" }));
    const draft = await adminCaller.events.create(eventInput({ ...at(4), status: "draft" }));
    const feeds = (await callerFor(viewer)).calendarFeeds;
    expect(await feeds.status()).toEqual({ active: false, createdAt: null });

    const issued = await feeds.rotate();
    expect(issued.path).toBe(`/api/calendar/feed/${issued.token}.ics`);
    const [stored] = await getDb()
      .select()
      .from(calendarFeedTokens)
      .where(eq(calendarFeedTokens.userId, viewer.userId));
    expect(stored!.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect((await feeds.status()).active).toBe(true);
    const response = await privateFeedResponse(getDb(), `${issued.token}.ics`);
    expect(response.status).toBe(200);
    const feed = parseIcs(await response.text());
    expect(feed.byUid.has(`${internal.id}@taqweem`)).toBe(true);
    expect(feed.byUid.has(`${draft.id}@taqweem`)).toBe(false);

    const rotated = await feeds.rotate();
    expect((await privateFeedResponse(getDb(), issued.token)).status).toBe(404);
    expect((await privateFeedResponse(getDb(), rotated.token)).status).toBe(200);
    expect(await feeds.revoke()).toEqual({ revoked: true });
    expect((await privateFeedResponse(getDb(), rotated.token)).status).toBe(404);
    expect(await feeds.status()).toEqual({ active: false, createdAt: null });
    for (const junk of ["", "x", "../../etc/passwd", "a".repeat(43)])
      expect((await privateFeedResponse(getDb(), junk)).status).toBe(404);

    // A deactivated member's feed stops too.
    const again = await feeds.rotate();
    await adminCaller.users.setActive({ userId: viewer.userId, active: false });
    expect((await privateFeedResponse(getDb(), again.token)).status).toBe(404);
  });

  it("downloads one event for members of its organisation only", async () => {
    const { admin } = await createOrg();
    const other = await createOrg("other");
    const event = await (await callerFor(admin)).events.create(eventInput({ ...at(1), status: "draft" }));
    const response = await downloadEvent(admin, event.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const file = parseIcs(await response.text());
    expect(file.events).toHaveLength(1);
    expect(file.events[0]!.uid).toBe(`${event.id}@taqweem`);
    expect(file.events[0]!.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect((await downloadEvent(null, event.id)).status).toBe(401);
    expect((await downloadEvent(other.admin, event.id)).status).toBe(404);
    expect((await downloadEvent(admin, "not-a-uuid")).status).toBe(404);
  });
});
