import { describe, expect, it } from "vitest";
import { parseJsonLdPage } from "./jsonld";

const page = (lang: string, ...blocks: unknown[]) =>
  `<!doctype html><html lang="${lang}"><head>${blocks
    .map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`)
    .join("")}</head><body><script>var x = 1;</script></body></html>`;

describe("parseJsonLdPage", () => {
  it("finds Events in objects, arrays and @graph, and says the page's language", () => {
    const parsed = parseJsonLdPage(
      page(
        "ar-AE",
        [{ "@type": "WebSite" }, { "@type": "SportsEvent", name: "سباق", startDate: "2025-12-05T16:00:00" }],
        { "@graph": [{ "@type": ["Event"], name: "ندوة", startDate: "2025-12-06", location: "المسرح" }] },
        "not json",
      ).replace('"not json"', "{not json"),
      "https://example.test/ar/events",
      "Asia/Dubai",
    );
    expect(parsed.language).toBe("ar-ae");
    expect(parsed.events.map((event) => [event.name, event.startsAt, event.allDay, event.venue])).toEqual([
      ["سباق", "2025-12-05T16:00:00+04:00", false, null],
      ["ندوة", "2025-12-06T00:00:00+04:00", true, "المسرح"],
    ]);
  });

  it("reports an Event it cannot date, and refuses a page with no Event at all", () => {
    const parsed = parseJsonLdPage(
      page(
        "en",
        { "@type": "Event", name: "Someday" },
        { "@type": "Event", name: "Talk", startDate: "2025-12-01" },
      ),
      "https://example.test/events",
      "Asia/Dubai",
    );
    expect(parsed.invalid).toEqual(["Someday: no readable startDate"]);
    expect(parsed.events).toHaveLength(1);
    expect(() =>
      parseJsonLdPage(page("en", { "@type": "Organization" }), "https://example.test/", "Asia/Dubai"),
    ).toThrow(/no schema.org Event/);
  });
});
