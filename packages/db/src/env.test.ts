import { describe, expect, it } from "vitest";
import { z } from "zod";
import { port, settingsFromEnv, wholeNumber } from "./env";

const schema = z.object({
  name: z.string().default("taqweem"),
  port: port().default(3000),
  production: z.boolean(),
  retry: z.object({ attempts: wholeNumber(1).default(3), mode: z.enum(["fast", "slow"]).optional() }),
});
const variables = { name: "APP_NAME", port: "APP_PORT", retry: { attempts: "RETRIES", mode: "RETRY_MODE" } };

describe("settingsFromEnv", () => {
  it("reads nested settings and adds the derived ones", () => {
    expect(
      settingsFromEnv(schema, variables, { APP_PORT: "8080", RETRIES: "5" }, { production: true }),
    ).toEqual({
      name: "taqweem",
      port: 8080,
      production: true,
      retry: { attempts: 5, mode: undefined },
    });
  });

  it("names every bad variable, nested ones too, without echoing values", () => {
    const read = () =>
      settingsFromEnv(
        schema,
        variables,
        { APP_PORT: "70000", RETRIES: "0", RETRY_MODE: "secret-value" },
        { production: false },
      );
    expect(read).toThrow(/APP_PORT: must be a port number/);
    expect(read).toThrow(/RETRIES: must be a whole number of at least 1/);
    expect(read).toThrow(/RETRY_MODE: /);
    expect(read).not.toThrow(/secret-value/);
  });
});
