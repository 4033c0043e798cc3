import type { StagedFields } from "@taqweem/db";
import { describe, expect, it } from "vitest";
import { pendingChanges, reviewedSnapshot, sourceValues, versionChanges } from "./fields";

const version: StagedFields = {
  titleEn: "Boat Show",
  titleAr: "معرض القوارب",
  descriptionEn: null,
  descriptionAr: null,
  startsAt: "2026-03-10T06:00:00.000Z",
  endsAt: "2026-03-10T14:00:00.000Z",
  allDay: false,
  venueEn: "ADNEC",
  venueAr: null,
  organiser: "ADNEC Group",
  url: "https://example.test/boat",
  imageUrl: null,
  category: "Exhibitions",
};

describe("sourceValues", () => {
  it("maps a version onto calendar fields, an all-day event on local midnights", () => {
    const values = sourceValues(
      { ...version, allDay: true, startsAt: "2026-03-09T20:00:00.000Z", endsAt: null },
      "Asia/Dubai",
    );
    expect(values.locationEn).toBe("ADNEC");
    expect(values.organisersEn).toBe("ADNEC Group");
    expect(values.link).toBe("https://example.test/boat");
    expect(values.times.startsAt.toISOString()).toBe("2026-03-09T20:00:00.000Z");
    expect(values.times.endsAt.toISOString()).toBe("2026-03-10T20:00:00.000Z");
  });

  it("cuts texts longer than the calendar keeps", () => {
    expect(sourceValues({ ...version, titleEn: "x".repeat(450) }, "Asia/Dubai").titleEn).toHaveLength(200);
  });
});

describe("pendingChanges", () => {
  const imported = sourceValues(version, "Asia/Dubai");
  const reviewed = reviewedSnapshot(imported);

  it("offers a field the source changed and the event does not have", () => {
    const latest = sourceValues({ ...version, titleEn: "Boat Show 2026" }, "Asia/Dubai");
    expect(pendingChanges(latest, reviewed, imported, new Set())).toEqual([
      { field: "titleEn", current: "Boat Show", source: "Boat Show 2026" },
    ]);
  });

  it("does not offer a staff edit back when the source did not change that field", () => {
    const edited = { ...imported, locationEn: "Hall 5" };
    expect(pendingChanges(imported, reviewed, edited, new Set())).toEqual([]);
  });

  it("groups the times, and leaves out ignored fields and values the event already has", () => {
    const latest = sourceValues(
      {
        ...version,
        titleEn: "Renamed",
        startsAt: "2026-03-11T06:00:00.000Z",
        endsAt: "2026-03-11T14:00:00.000Z",
      },
      "Asia/Dubai",
    );
    const changes = pendingChanges(latest, reviewed, { ...imported, titleEn: "Renamed" }, new Set());
    expect(changes.map((change) => change.field)).toEqual(["times"]);
    expect(pendingChanges(latest, reviewed, imported, new Set(["titleEn", "times"]))).toEqual([]);
  });
});

describe("versionChanges", () => {
  it("lists only the fields that differ, or every field of a first version", () => {
    expect(versionChanges(version, { ...version, venueAr: "أدنيك" })).toEqual([
      { field: "venueAr", from: null, to: "أدنيك" },
    ]);
    expect(versionChanges(null, version)).toHaveLength(13);
  });
});
