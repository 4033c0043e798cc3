import { describe, expect, it } from "vitest";
import { eventInput } from "../support/events";
import { callerFor, createOrg } from "../support/fixtures";

// Month windows in Asia/Dubai (UTC+4, no DST): local midnight on the 1st is 20:00Z the day before.
const january = { from: new Date("2024-12-31T20:00:00Z"), to: new Date("2025-01-31T20:00:00Z") };
const february = { from: new Date("2025-01-31T20:00:00Z"), to: new Date("2025-02-28T20:00:00Z") };
const isoStarts = (list: { start: Date }[]) => list.map(({ start }) => start.toISOString());

describe("recurring events in the calendar (Asia/Dubai)", () => {
  it("expands a daily 09:00 event on each side of the month boundary, staying 09:00 local", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const event = await caller.events.create(eventInput({ rrule: "FREQ=DAILY;UNTIL=20250203" }));
    expect(event.timeZone).toBe("Asia/Dubai");
    // UNTIL as a date means the end of that local day; the series ends with the 3 February occurrence.
    expect(event.rrule).toBe("FREQ=DAILY;UNTIL=20250203T195959Z");
    expect(event.recurrenceEndsAt?.toISOString()).toBe("2025-02-03T06:00:00.000Z");

    const jan = await caller.events.range(january);
    const feb = await caller.events.range(february);
    expect(isoStarts(jan.occurrences)).toEqual([
      "2025-01-29T05:00:00.000Z",
      "2025-01-30T05:00:00.000Z",
      "2025-01-31T05:00:00.000Z",
    ]);
    expect(isoStarts(feb.occurrences)).toEqual([
      "2025-02-01T05:00:00.000Z",
      "2025-02-02T05:00:00.000Z",
      "2025-02-03T05:00:00.000Z",
    ]);
    expect(feb.occurrences[0]).toMatchObject({
      eventId: event.id,
      recurring: true,
      titleAr: "اليوم المفتوح",
    });
    // Outside the series nothing is returned, though its span index row is still consulted.
    expect(
      (await caller.events.range({ from: new Date("2025-03-01"), to: new Date("2025-04-01") })).occurrences,
    ).toEqual([]);
  });

  it("puts a late-night occurrence that crosses midnight on 31 January into both months", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    await caller.events.create(
      eventInput({
        // 23:00–01:00 local, weekly on Fridays from 24 January.
        startsAt: new Date("2025-01-24T19:00:00Z"),
        endsAt: new Date("2025-01-24T21:00:00Z"),
        rrule: "FREQ=WEEKLY;COUNT=3",
      }),
    );
    expect(isoStarts((await caller.events.range(january)).occurrences)).toEqual([
      "2025-01-24T19:00:00.000Z",
      "2025-01-31T19:00:00.000Z",
    ]);
    expect(isoStarts((await caller.events.range(february)).occurrences)).toEqual([
      "2025-01-31T19:00:00.000Z",
      "2025-02-07T19:00:00.000Z",
    ]);
  });

  it("keeps all-day events on local days and honours exception dates", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const event = await caller.events.create(
      eventInput({
        allDay: true,
        // Any time on 31 January local: stored as that whole local day.
        startsAt: new Date("2025-01-31T08:00:00Z"),
        endsAt: new Date("2025-01-31T09:00:00Z"),
        rrule: "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3",
        exdates: [new Date("2025-02-28T10:00:00Z")],
      }),
    );
    expect(event.startsAt.toISOString()).toBe("2025-01-30T20:00:00.000Z");
    expect(event.endsAt.toISOString()).toBe("2025-01-31T20:00:00.000Z");
    expect(event.exdates.map((date) => date.toISOString())).toEqual(["2025-02-27T20:00:00.000Z"]);
    expect((await caller.events.range(february)).occurrences).toEqual([]);
    const spring = await caller.events.range({ from: january.from, to: new Date("2025-04-30T20:00:00Z") });
    expect(isoStarts(spring.occurrences)).toEqual(["2025-01-30T20:00:00.000Z", "2025-03-30T20:00:00.000Z"]);
  });

  it("moves skipped occurrences with the series when it is rescheduled", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const event = await caller.events.create(
      eventInput({ rrule: "FREQ=DAILY;COUNT=5", exdates: [new Date("2025-01-30T05:00:00Z")] }),
    );
    const moved = await caller.events.update({
      id: event.id,
      version: event.version,
      startsAt: new Date("2025-01-29T07:00:00Z"),
      endsAt: new Date("2025-01-29T08:00:00Z"),
    });
    expect(moved.exdates.map((date) => date.toISOString())).toEqual(["2025-01-30T07:00:00.000Z"]);
    expect(isoStarts((await caller.events.range(january)).occurrences)).toEqual([
      "2025-01-29T07:00:00.000Z",
      "2025-01-31T07:00:00.000Z",
    ]);
  });
});
