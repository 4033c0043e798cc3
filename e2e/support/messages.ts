import { readFileSync } from "node:fs";
import path from "node:path";

type Messages = { [key: string]: string | Messages };

export type Locale = "en" | "ar";

/**
 * The app's own UI strings, so one spec body runs in English and in Arabic and finds controls by
 * what the reader sees. Only plain `{name}` placeholders are filled in (no plurals).
 */
export function messagesFor(locale: Locale) {
  const file = path.resolve(import.meta.dirname, `../../apps/web/messages/${locale}.json`);
  const messages = JSON.parse(readFileSync(file, "utf8")) as Messages;
  return (key: string, values: Record<string, string> = {}): string => {
    const found = key
      .split(".")
      .reduce<string | Messages | undefined>(
        (node, part) => (typeof node === "object" ? node[part] : undefined),
        messages,
      );
    if (typeof found !== "string") throw new Error(`no message ${locale}:${key}`);
    return found.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
