import * as cheerio from "cheerio";
import { absoluteUrl, plainText } from "./text";
import { dayAfter, readTime } from "./time";
import { ParseError } from "./types";

type Json = Record<string, unknown>;

/** One schema.org Event of a page, read in one language. */
export interface JsonLdEvent {
  id: string | null;
  name: string | null;
  description: string | null;
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  venue: string | null;
  organiser: string | null;
  url: string | null;
  imageUrl: string | null;
  category: string | null;
}

export interface JsonLdPage {
  /** `<html lang>`, lower case, when the page says. */
  language: string | null;
  events: JsonLdEvent[];
  /** Events the page declared but that could not be read (e.g. no start date). */
  invalid: string[];
}

const isEventType = (type: unknown): boolean =>
  (Array.isArray(type) ? type : [type]).some(
    (value) => typeof value === "string" && (/Event$/.test(value) || value === "Festival"),
  );

/** Every object in a JSON-LD document: top level, arrays and @graph, nested as deep as they go. */
function* nodes(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const item of value) yield* nodes(item);
  else if (value && typeof value === "object") {
    const node = value as Json;
    yield node;
    if (node["@graph"]) yield* nodes(node["@graph"]);
  }
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function nameOf(value: unknown): string | null {
  const item = first(value);
  if (typeof item === "string") return plainText(item, 500);
  if (item && typeof item === "object") {
    const node = item as Json;
    const name = plainText(node.name, 500);
    const address = node.address;
    const street =
      typeof address === "string"
        ? plainText(address, 500)
        : plainText((address as Json | undefined)?.streetAddress, 500);
    return name ?? street;
  }
  return null;
}

function imageOf(value: unknown, base: string): string | null {
  const item = first(value);
  if (item && typeof item === "object")
    return absoluteUrl((item as Json).url ?? (item as Json).contentUrl, base);
  return absoluteUrl(item, base);
}

/**
 * The schema.org Events a page carries in its `<script type="application/ld+json">` blocks
 * (objects, arrays, @graph). Dates without an offset are read in `timeZone`; a day-only end is
 * inclusive, so the event ends at the start of the next day. Throws a ParseError when the page
 * carries no Event at all.
 */
export function parseJsonLdPage(html: string, pageUrl: string, timeZone: string): JsonLdPage {
  const $ = cheerio.load(html);
  const events: JsonLdEvent[] = [];
  const invalid: string[] = [];
  let declared = 0;
  let language: string | null = null;
  // One walk over the elements (cheaper than two selector queries): <html lang> and the scripts.
  // A stack of nodes still to visit, the next in document order on top.
  const pending = [...$.root()[0]!.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type !== "tag" && node.type !== "script") continue;
    if (node.name === "html") language = node.attribs.lang?.trim().toLowerCase() || null;
    if (node.name !== "script") {
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
      continue;
    }
    if (node.attribs.type?.trim().toLowerCase() !== "application/ld+json") continue;
    let document: unknown;
    try {
      document = JSON.parse($(node).text());
    } catch {
      continue;
    }
    for (const node of nodes(document)) {
      if (!isEventType(node["@type"])) continue;
      declared++;
      const event = readEvent(node, pageUrl, timeZone);
      if (typeof event === "string") invalid.push(event);
      else events.push(event);
    }
  }
  if (declared === 0) throw new ParseError("no schema.org Event in the page's JSON-LD");
  return { language, events, invalid };
}

function readEvent(node: Json, pageUrl: string, timeZone: string): JsonLdEvent | string {
  const name = plainText(first(node.name), 500);
  const start = readTime(first(node.startDate), timeZone);
  if (!start) return `${name ?? "an event"}: no readable startDate`;
  const end = readTime(first(node.endDate), timeZone);
  const allDay = start.dateOnly && (end === null || end.dateOnly);
  const endsAt = end
    ? end.dateOnly
      ? dayAfter(end.day, timeZone)
      : end.iso
    : allDay
      ? dayAfter(start.day, timeZone)
      : null;
  return {
    id: typeof node["@id"] === "string" ? node["@id"] : null,
    name,
    description: plainText(first(node.description)),
    startsAt: start.iso,
    endsAt,
    allDay,
    venue: nameOf(node.location),
    organiser: nameOf(node.organizer),
    url: absoluteUrl(first(node.url), pageUrl),
    imageUrl: imageOf(node.image, pageUrl),
    category: plainText(first(node.category ?? node.keywords), 200),
  };
}
