import { describe, expect, it } from "vitest";
import {
  calendarSearchParams,
  filtersInput,
  hasActiveFilters,
  noFilters,
  parseCalendarParams,
} from "./calendar-url";

const choices = {
  types: ["local", "international"],
  scopes: ["internal", "external"],
  sources: ["manual", "scraped"],
} as const;
const id = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("calendar URL", () => {
  it("reads a shared link back into the same view and filters", () => {
    const params = new URLSearchParams(`view=week&date=2026-03-02&category=${id}&type=local&q=fair`);
    const state = parseCalendarParams(params, choices);
    expect(state).toEqual({
      view: "week",
      date: "2026-03-02",
      filters: { ...noFilters, categoryIds: [id], types: ["local"], q: "fair" },
    });
    expect(calendarSearchParams(state).toString()).toBe(
      `view=week&date=2026-03-02&category=${id}&type=local&q=fair`,
    );
  });

  it("drops values it does not know instead of failing", () => {
    const params = new URLSearchParams("view=year&date=soon&category=nope&type=local,alien,local&scope=");
    const state = parseCalendarParams(params, choices, ["month", "list"]);
    expect(state.view).toBe("month");
    expect(state.date).toBeNull();
    expect(state.filters).toEqual({ ...noFilters, types: ["local"] });
    expect(hasActiveFilters(state.filters)).toBe(true);
    expect(hasActiveFilters(noFilters)).toBe(false);
  });

  it("leaves empty filters out of the API input", () => {
    expect(filtersInput({ ...noFilters, scopes: ["external"], q: "  " })).toEqual({
      categoryIds: undefined,
      departmentIds: undefined,
      types: undefined,
      scopes: ["external"],
      sources: undefined,
      q: undefined,
    });
  });
});
