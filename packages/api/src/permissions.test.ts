import { roles } from "@taqweem/db";
import { describe, expect, it } from "vitest";
import { actions, can, capabilitiesOf, rolesAllowed } from "./permissions";

describe("permissions", () => {
  it("lets admins do everything but belong to departments", () => {
    expect(capabilitiesOf("admin")).toEqual(actions.filter((action) => action !== "departments.join"));
  });

  it("lets editors plan but not administer", () => {
    expect(capabilitiesOf("editor")).toEqual([
      "events.edit",
      "tasks.manage",
      "tasks.seeAll",
      "tasks.work",
      "reminders.manage",
      "planning.overview",
      "contacts.read",
      "contacts.manage",
      "sources.review",
      "campaigns.read",
      "campaigns.manage",
    ]);
  });

  it("lets department users work on their tasks, and viewers only read", () => {
    expect(capabilitiesOf("department")).toEqual(["tasks.work", "departments.join"]);
    expect(capabilitiesOf("viewer")).toEqual(["tasks.seeAll", "contacts.read", "campaigns.read"]);
  });

  it("lets admins and editors run campaigns, viewers follow them, department users neither", () => {
    expect(rolesAllowed("campaigns.manage")).toEqual(["admin", "editor"]);
    expect(rolesAllowed("campaigns.read")).toEqual(["admin", "editor", "viewer"]);
  });

  it("answers every role and action", () => {
    for (const role of roles)
      for (const action of actions) {
        expect(can(role, action)).toBe(capabilitiesOf(role).includes(action));
        expect(can(role, action)).toBe(rolesAllowed(action).includes(role));
      }
  });
});
