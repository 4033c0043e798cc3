import { describe, expect, it } from "vitest";
import { redactUrl } from "./wait";

describe("redactUrl", () => {
  it("hides the password and keeps the rest", () => {
    expect(redactUrl("postgres://app:s3cret@db.internal:5432/taqweem")).toBe(
      "postgres://app:***@db.internal:5432/taqweem",
    );
    expect(redactUrl("postgres://app@db/taqweem")).toBe("postgres://app@db/taqweem");
  });

  it("never echoes an unparseable URL, which may contain a secret", () => {
    expect(redactUrl("not a url with password")).toBe("<invalid DATABASE_URL>");
  });
});
