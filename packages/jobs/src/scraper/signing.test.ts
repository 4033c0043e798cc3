import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical";
import { eventContentHash, type ScrapeResult } from "./result";
import { signedFromRow, signScrapeResult, verifyScrapeResult } from "./signing";

const secret = "s".repeat(40);
const runId = "0b6f8a52-3f0e-4d4b-9a55-2a7d2f0b1c11";
const sourceId = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const content = {
  titleEn: "Abu Dhabi Art",
  titleAr: "أبوظبي للفن",
  descriptionEn: null,
  descriptionAr: null,
  startsAt: "2025-11-19T00:00:00+04:00",
  endsAt: "2025-11-24T00:00:00+04:00",
  allDay: true,
  venueEn: "Manarat Al Saadiyat",
  venueAr: null,
  organiser: null,
  url: "https://example.test/en/event",
  imageUrl: null,
  category: "culture",
};
const result: ScrapeResult = {
  events: [{ sourceId, externalId: "im:1", ...content, contentHash: eventContentHash(content) }],
  errors: [{ url: "https://example.test/x", code: "http_error", status: 404, message: "Not Found" }],
  pages: { fetched: 3, notModified: 1, failed: 1 },
  complete: true,
};
const signedAt = new Date("2025-09-01T06:00:00.000Z");
const options = { secret, maxAgeSeconds: 3600, now: new Date("2025-09-01T06:30:00.000Z") };

describe("canonicalJson", () => {
  it("gives the same bytes whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: "é", skip: undefined })).toBe('{"a":"é","b":1}');
  });
});

describe("eventContentHash", () => {
  it("sees the same instant written with another offset as no change, and a new title as one", () => {
    const same = eventContentHash({ ...content, startsAt: "2025-11-18T20:00:00Z" });
    expect(same).toBe(eventContentHash(content));
    expect(eventContentHash({ ...content, titleEn: "Abu Dhabi Art 2025" })).not.toBe(same);
  });
});

describe("signScrapeResult / verifyScrapeResult", () => {
  const signed = signScrapeResult({ runId, sourceId, result }, secret, signedAt);

  it("accepts what it signed, also after a jsonb round trip that reorders keys", () => {
    const reordered = JSON.parse(JSON.stringify(signed.result, Object.keys(signed.result).reverse()));
    const row = {
      runId,
      sourceId,
      payload: { ...reordered, ...signed.result },
      signedAt,
      signature: signed.signature,
    };
    expect(verifyScrapeResult(signedFromRow(row), options)).toEqual({ ok: true, result });
  });

  it("refuses an unsigned result", () => {
    expect(verifyScrapeResult({ ...signed, signature: null }, options)).toEqual({
      ok: false,
      reason: "unsigned",
    });
    expect(verifyScrapeResult({ ...signed, signature: "" }, options)).toEqual({
      ok: false,
      reason: "unsigned",
    });
  });

  it("refuses a tampered event, run id, time or signature, and another secret", () => {
    const tamperedEvent = { ...result.events[0], titleEn: "Free entry" } as ScrapeResult["events"][number];
    const cases = [
      { ...signed, result: { ...result, events: [tamperedEvent] } },
      { ...signed, result: { ...result, complete: false } },
      { ...signed, runId: "0b6f8a52-3f0e-4d4b-9a55-2a7d2f0b1c12" },
      { ...signed, signedAt: "2025-09-01T06:10:00.000Z" },
      {
        ...signed,
        signature: `${signed.signature.slice(0, 63)}${signed.signature.endsWith("0") ? "1" : "0"}`,
      },
      { ...signed, signature: "abc" },
    ];
    for (const candidate of cases)
      expect(verifyScrapeResult(candidate, options)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyScrapeResult(signed, { ...options, secret: "t".repeat(40) })).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("refuses a result older than the bounded age, and one from the future", () => {
    expect(verifyScrapeResult(signed, { ...options, now: new Date("2025-09-01T07:00:00.000Z") }).ok).toBe(
      true,
    );
    expect(verifyScrapeResult(signed, { ...options, now: new Date("2025-09-01T07:00:01.000Z") })).toEqual({
      ok: false,
      reason: "too_old",
    });
    expect(verifyScrapeResult(signed, { ...options, now: new Date("2025-09-01T05:58:00.000Z") })).toEqual({
      ok: false,
      reason: "from_future",
    });
  });

  it("refuses a correctly signed payload that is not a result", () => {
    const bogus = signScrapeResult(
      { runId, sourceId, result: { events: "none" } as never },
      secret,
      signedAt,
    );
    expect(verifyScrapeResult(bogus, options)).toEqual({ ok: false, reason: "invalid_payload" });
  });
});
