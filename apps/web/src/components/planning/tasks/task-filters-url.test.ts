import { describe, expect, it } from "vitest";
import { parseTaskFilters, taskFilterQuery, taskListInput } from "./task-filters-url";

const department = "0b6f4d0e-8a44-4a7c-9a3c-5d2f1e0c9b11";

describe("task filters in the address", () => {
  it("reads what it knows and ignores the rest", () => {
    expect(
      parseTaskFilters(new URLSearchParams(`department=${department}&status=in_progress&overdue=1&page=3`)),
    ).toEqual({
      department,
      status: "in_progress",
      overdue: true,
      week: false,
      page: 3,
    });
    expect(parseTaskFilters({ department: "nope", status: "done", week: ["1", "0"], page: "-2" })).toEqual({
      department: "",
      status: "",
      overdue: false,
      week: true,
      page: 1,
    });
  });

  it("writes only what differs from the defaults, and reads it back", () => {
    const state = { department, status: "" as const, overdue: false, week: true, page: 1 };
    expect(taskFilterQuery(state)).toEqual({ department, week: "1" });
    expect(parseTaskFilters(new URLSearchParams(taskFilterQuery(state)))).toEqual(state);
  });

  it("turns the filters into the list input, page by page", () => {
    expect(taskListInput({ department: "", status: "waiting", overdue: true, week: false, page: 2 })).toEqual(
      {
        statuses: ["waiting"],
        overdue: true,
        limit: 25,
        offset: 25,
      },
    );
  });
});
