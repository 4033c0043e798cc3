import { readFileSync } from "node:fs";
import path from "node:path";
import { errorKeys } from "@taqweem/api";
import { describe, expect, it } from "vitest";

const messagesDir = path.resolve(import.meta.dirname, "../messages");
const errorMessagesOf = (locale: string) =>
  (
    JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")) as {
      errors: Record<string, string>;
    }
  ).errors;

/** The API's message keys that have no sentence in this language, which the reader would see as "internal". */
function untranslated(messages: Record<string, string>): string[] {
  return Object.values(errorKeys).filter((key) => !messages[key.slice("errors.".length)]?.trim());
}

describe("error messages", () => {
  it.each(["en", "ar"])("has a message in %s for every key the API sends", (locale) => {
    expect(untranslated(errorMessagesOf(locale))).toEqual([]);
  });

  it("notices a key without a message", () => {
    const { internal: _, ...withoutInternal } = errorMessagesOf("en");
    expect(untranslated(withoutInternal)).toEqual(["errors.internal"]);
  });
});
