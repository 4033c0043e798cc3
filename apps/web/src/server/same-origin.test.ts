import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (init: Record<string, string>) => new Headers(init);

describe("isSameOrigin", () => {
  it("accepts a request from a page of this host", () => {
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
  });

  it("compares with the forwarded host behind a proxy", () => {
    expect(
      isSameOrigin(
        headers({
          origin: "https://taqweem.example",
          host: "web:3000",
          "x-forwarded-host": "taqweem.example",
        }),
      ),
    ).toBe(true);
  });

  it("refuses another origin, a missing origin and nonsense", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});
