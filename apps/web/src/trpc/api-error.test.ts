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
      fieldErrors: { titleEn: "errors.tooLong" },
      details: {},
    });
    expect(hasFieldErrors(error)).toBe(true);
  });

  it("reads a call without a key as internal, and a field message not of ours as invalid input", () => {
    const internal = { key: "errors.internal", fieldErrors: {}, details: {} };
    expect(readApiError(new Error("offline"))).toEqual(internal);
    expect(readApiError(null)).toEqual(internal);
    expect(readApiError(failed({ zodError: { fieldErrors: { id: ["Invalid UUID"] } } })).fieldErrors).toEqual(
      {
        id: "errors.invalidInput",
      },
    );
  });

  it("reads what the API attached to help, such as the existing contact of a duplicate phone", () => {
    const duplicate = failed({ messageKey: "errors.contactPhoneExists", details: { contactId: "c-1" } });
    expect(readApiError(duplicate).details).toEqual({ contactId: "c-1" });
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
