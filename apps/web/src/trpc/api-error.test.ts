import { describe, expect, it } from "vitest";
import { hasErrorKey, hasFieldErrors, readApiError } from "./api-error";

const failed = (data: unknown) => ({ data });

describe("readApiError", () => {
  it("reads the message key and the first key of each refused field", () => {
    const error = failed({
      messageKey: "errors.invalidInput",
      zodError: {
        formErrors: [],
        fieldErrors: { titleEn: ["errors.tooLong", "errors.titleRequired"], link: [] },
      },
    });
    expect(readApiError(error)).toEqual({
      key: "errors.invalidInput",
      params: {},
      fieldErrors: { titleEn: "errors.tooLong" },
    });
    expect(hasFieldErrors(error)).toBe(true);
  });

  it("reads a call without a key as internal, and a field message not of ours as invalid input", () => {
    expect(readApiError(new Error("offline"))).toEqual({
      key: "errors.internal",
      params: {},
      fieldErrors: {},
    });
    expect(readApiError(null)).toEqual({ key: "errors.internal", params: {}, fieldErrors: {} });
    expect(readApiError(failed({ zodError: { fieldErrors: { id: ["Invalid UUID"] } } })).fieldErrors).toEqual(
      {
        id: "errors.invalidInput",
      },
    );
  });

  it("reads the values a message names", () => {
    const error = failed({
      messageKey: "errors.campaignTemplateVariable",
      messageParams: { variable: "x.y" },
    });
    expect(readApiError(error).params).toEqual({ variable: "x.y" });
  });

  it("tells whether a call failed with one of some keys", () => {
    const stale = failed({ messageKey: "errors.staleVersion" });
    expect(hasErrorKey(stale, "errors.staleVersion")).toBe(true);
    expect(hasErrorKey(stale, "errors.prerequisiteCycle", "errors.staleVersion")).toBe(true);
    expect(hasErrorKey(stale, "errors.notFound")).toBe(false);
    expect(hasErrorKey(null, "errors.internal")).toBe(false);
    expect(hasFieldErrors(stale)).toBe(false);
  });
});
