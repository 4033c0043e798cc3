import { eventDownloadResponse, loadSessionUser } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import ICAL from "ical.js";
import { type callerFor, sessionOf } from "./fixtures";

type Caller = Awaited<ReturnType<typeof callerFor>>;
export type NewEvent = Parameters<Caller["events"]["create"]>[0];

/** 09:00–10:00 Dubai time on 29 January 2025, bilingual, published and public unless overridden. */
export function eventInput(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    titleEn: "Open day",
    titleAr: "اليوم المفتوح",
    startsAt: new Date("2025-01-29T05:00:00Z"),
    endsAt: new Date("2025-01-29T06:00:00Z"),
    status: "published",
    visibility: "public",
    ...overrides,
  };
}

/** A parsed iCalendar text, with every VTIMEZONE registered so times resolve as a client would. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { calendar, events, byUid: new Map(events.map((event) => [event.uid, event])) };
}

/** The .ics download as a member would get it. */
export async function downloadEvent(member: { userId: string; orgId: string } | null, id: string) {
  const session = member ? await loadSessionUser(getDb(), await sessionOf(member)) : null;
  return eventDownloadResponse(getDb(), session, id);
}
