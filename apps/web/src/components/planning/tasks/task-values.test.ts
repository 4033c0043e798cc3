import { describe, expect, it } from "vitest";
import { changedTaskFields, newTaskValues, taskInput } from "./task-values";

const zone = "Asia/Dubai";

describe("task form values", () => {
  it("reads the due time in the organisation's zone", () => {
    const input = taskInput({ ...newTaskValues, titleEn: "Book hall", due: "2026-03-10T09:30" }, zone);
    expect(input?.dueAt?.toISOString()).toBe("2026-03-10T05:30:00.000Z");
    expect(input?.assigneeId).toBeNull();
    expect(input?.remindBeforeMinutes).toBe(1440);
  });

  it("refuses a due time it cannot read, and takes none as null", () => {
    expect(taskInput({ ...newTaskValues, due: "2026-02-30T09:00" }, zone)).toBeNull();
    expect(taskInput({ ...newTaskValues, due: "", remindBefore: "" }, zone)).toMatchObject({
      dueAt: null,
      remindBeforeMinutes: null,
    });
  });

  it("sends only what changed, and never an unchanged due time", () => {
    const before = taskInput(
      { ...newTaskValues, titleEn: "A", due: "2026-03-10T09:30", prerequisiteIds: ["x", "y"] },
      zone,
    )!;
    const after = taskInput(
      { ...newTaskValues, titleEn: "B", due: "2026-03-10T09:30", prerequisiteIds: ["y", "x"] },
      zone,
    )!;
    expect(changedTaskFields(before, after)).toEqual({ titleEn: "B" });
    const moved = taskInput(
      { ...newTaskValues, titleEn: "A", due: "2026-03-11T09:30", prerequisiteIds: ["x"] },
      zone,
    )!;
    expect(Object.keys(changedTaskFields(before, moved)).sort()).toEqual(["dueAt", "prerequisiteIds"]);
  });
});
