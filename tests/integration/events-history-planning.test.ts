import { describe, expect, it } from "vitest";
import { dubaiDaysAhead } from "../support/clock";
import { eventInput } from "../support/events";
import { callerFor, createOrg } from "../support/fixtures";
import { departmentWithMember } from "../support/planning";

describe("event history with planning", () => {
  it("lists department assignments and reminders beside field changes, without failing on their details", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const event = await caller.events.create(
      eventInput({ startsAt: dubaiDaysAhead(10, "10:00"), endsAt: dubaiDaysAhead(10, "11:00") }),
    );
    const { department } = await departmentWithMember(admin);
    await caller.departments.assignToEvent({
      eventId: event.id,
      departmentId: department.id,
      templateIds: [],
    });
    await caller.reminders.create({ eventId: event.id, offset: "day_before", toDepartments: true });
    await caller.departments.removeFromEvent({ eventId: event.id, departmentId: department.id });

    const history = await caller.events.history({ id: event.id });
    expect(history.map((entry) => entry.action)).toEqual([
      "event.department.remove",
      "event_reminder.create",
      "event.department.set",
      "event.create",
    ]);
    expect(
      history.filter((entry) => entry.action !== "event.create").every((entry) => entry.changes.length === 0),
    ).toBe(true);
    expect(history.at(-1)!.changes.find((change) => change.field === "titleEn")).toEqual({
      field: "titleEn",
      from: null,
      to: "Open day",
    });
  });
});
