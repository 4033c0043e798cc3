import { describe, expect, it } from "vitest";
import { examplePhone, isCountryCode, isGroupJid, looksLikePhone, normalisePhone } from "./addresses";

describe("looksLikePhone", () => {
  it("accepts numbers written with spaces, dashes, dots or brackets", () => {
    expect(looksLikePhone("+971 50 123 4567")).toBe(true);
    expect(looksLikePhone("050-123-4567")).toBe(true);
    expect(looksLikePhone("(04) 123 4567")).toBe(true);
  });

  it("refuses words, letters, too few or too many digits", () => {
    expect(looksLikePhone("call me")).toBe(false);
    expect(looksLikePhone("+97150abc")).toBe(false);
    expect(looksLikePhone("12345")).toBe(false);
    expect(looksLikePhone("+1234567890123456")).toBe(false);
    expect(looksLikePhone("")).toBe(false);
  });
});

describe("normalisePhone", () => {
  it("reads a number without a country code as one of the organisation's country", () => {
    expect(normalisePhone("050 123 4567", "AE")).toBe("+971501234567");
    expect(normalisePhone("07911 123456", "GB")).toBe("+447911123456");
    expect(normalisePhone("050 123 4567", "GB")).toBeNull();
  });

  it("keeps a number with a country code whatever the organisation's country", () => {
    expect(normalisePhone("+44 7911 123456", "AE")).toBe("+447911123456");
    expect(normalisePhone("+971 50 123 4567", "SA")).toBe("+971501234567");
  });

  it("refuses what is no valid number", () => {
    expect(normalisePhone("12345", "AE")).toBeNull();
    expect(normalisePhone("call me", "AE")).toBeNull();
  });
});

describe("country codes and group JIDs", () => {
  it("knows the countries libphonenumber knows", () => {
    expect(isCountryCode("AE")).toBe(true);
    expect(isCountryCode("SA")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("ae")).toBe(false);
  });

  it("tells group JIDs from numbers and user JIDs", () => {
    expect(isGroupJid("120363041234567890@g.us")).toBe(true);
    expect(isGroupJid("971501234567-1612345678@g.us")).toBe(true);
    expect(isGroupJid("12345")).toBe(false);
    expect(isGroupJid("+971501234567")).toBe(false);
    expect(isGroupJid("971501234567@s.whatsapp.net")).toBe(false);
  });
});

describe("examplePhone", () => {
  it("shows a mobile number of the organisation's country, the UAE for an unknown one", () => {
    expect(examplePhone("GB")).toMatch(/^\+44 7/);
    expect(examplePhone("AE")).toMatch(/^\+971 5/);
    expect(examplePhone("XX")).toMatch(/^\+971 5/);
  });
});
