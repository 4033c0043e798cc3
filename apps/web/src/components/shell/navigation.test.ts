import { capabilitiesOf } from "@taqweem/api/permissions";
import { describe, expect, it } from "vitest";
import { currentItem, homeItem, navigationFor } from "./navigation";

const keys = (role: Parameters<typeof capabilitiesOf>[0]) =>
  navigationFor(capabilitiesOf(role)).map((group) => [group.key, group.items.map((item) => item.key)]);

describe("navigationFor", () => {
  it("gives an admin every group that has items, in the order people work", () => {
    expect(keys("admin")).toEqual([
      ["plan", ["calendar", "tasks", "myTasks"]],
      ["outreach", ["whatsapp", "contacts", "campaigns"]],
      ["sources", ["review", "sources"]],
      ["administration", ["users", "departments", "categories", "mailbox", "system"]],
    ]);
  });

  it("gives editors Plan, Contacts, Campaigns and Sources, viewers Plan, Contacts and Campaigns, department users Plan only, and never an empty group", () => {
    const plan = ["plan", ["calendar", "tasks", "myTasks"]];
    const outreach = ["outreach", ["contacts", "campaigns"]];
    expect(keys("editor")).toEqual([plan, outreach, ["sources", ["review", "sources"]]]);
    expect(keys("viewer")).toEqual([plan, outreach]);
    expect(keys("department")).toEqual([plan]);
  });
});

describe("currentItem", () => {
  const items = [homeItem, ...navigationFor(capabilitiesOf("admin")).flatMap((group) => group.items)];

  it("picks the most specific entry", () => {
    expect(currentItem(items, "/tasks/mine")).toBe("myTasks");
    expect(currentItem(items, "/tasks")).toBe("tasks");
    expect(currentItem(items, "/departments/abc")).toBe("departments");
    expect(currentItem(items, "/sources/review")).toBe("review");
    expect(currentItem(items, "/sources/runs")).toBe("sources");
    expect(currentItem(items, "/")).toBe("home");
  });

  it("marks nothing on a page outside the navigation", () => {
    expect(currentItem(items, "/password")).toBeUndefined();
    expect(currentItem(items, "/events/abc")).toBeUndefined();
  });
});
