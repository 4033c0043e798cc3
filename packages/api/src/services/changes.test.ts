import { describe, expect, it } from "vitest";
import { changes, isUniqueViolation } from "./changes";

describe("changes", () => {
  it("lists only the fields that changed, ignoring those left out", () => {
    const before = { name: "A", emails: ["a@x"], locale: "ar", at: new Date(0) };
    expect(changes(before, { name: "A", emails: ["a@x", "b@x"], locale: undefined })).toEqual({
      emails: [["a@x"], ["a@x", "b@x"]],
    });
    expect(changes(before, { at: new Date(1000) })).toEqual({ at: [new Date(0), new Date(1000)] });
  });
});

describe("isUniqueViolation", () => {
  it("finds the driver error inside a wrapper", () => {
    const driver = Object.assign(new Error("dup"), { code: "23505", constraint_name: "x_key" });
    expect(isUniqueViolation(new Error("query failed", { cause: driver }), "x_key")).toBe(true);
    expect(isUniqueViolation(driver, "y_key")).toBe(false);
    expect(isUniqueViolation(new Error("other"), "x_key")).toBe(false);
  });
});
