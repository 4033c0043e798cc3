import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  const email = "Layla.Hassan@example.test";

  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("river-lantern-cedar-42", email)).toBeNull();
    expect(passwordProblem("قمر فوق النخيل", email)).toBeNull();
  });

  it("refuses fewer than 12 characters", () => {
    expect(passwordProblem("short-pass1", email)).toBe("errors.passwordTooShort");
  });

  it("refuses the account's own e-mail address, in any case", () => {
    expect(passwordProblem("layla.hassan@EXAMPLE.test", email)).toBe("errors.passwordIsEmail");
  });

  it("refuses a password from the shipped list of common passwords, in any case", () => {
    expect(passwordProblem("qwerty123456", email)).toBe("errors.passwordCommon");
    expect(passwordProblem("QWERTY123456", email)).toBe("errors.passwordCommon");
  });
});
