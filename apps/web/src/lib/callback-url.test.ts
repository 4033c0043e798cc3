import { describe, expect, it } from "vitest";
import { callbackPath, loginPath } from "./callback-url";

describe("callbackPath", () => {
  it("keeps a path on this site, in the language of the login page", () => {
    expect(callbackPath("/en/system", "en")).toBe("/en/system");
    expect(callbackPath("/en/users?tab=2#top", "ar")).toBe("/ar/users?tab=2#top");
    expect(callbackPath("/system", "ar")).toBe("/ar/system");
  });

  it("goes home for anything that could leave the site", () => {
    for (const value of [
      "https://evil.example/x",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      42,
      null,
    ]) {
      expect(callbackPath(value, "en")).toBe("/en");
    }
  });

  it("never returns to the login page", () => {
    expect(callbackPath("/ar/login?callbackUrl=%2Fen", "ar")).toBe("/ar");
  });

  it("builds the login address that comes back", () => {
    expect(loginPath("en", "/en/users?x=1")).toBe("/en/login?callbackUrl=%2Fen%2Fusers%3Fx%3D1");
  });
});
