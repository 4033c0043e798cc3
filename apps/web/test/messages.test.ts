import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Messages = { [key: string]: string | Messages };

const messagesDir = path.resolve(import.meta.dirname, "../messages");
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")) as Messages;

/** Every leaf key as a dotted path, e.g. "users.form.email". */
function leafKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/**
 * The {placeholders} and <tags> a message uses, which both translations must share. A brace after
 * a plural or select case (`one {…}`, `=0 {…}`, `other {…}`) opens that case's text, not an argument.
 */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)|<(\w+)>/g)]
    .map((match) => match[1] ?? `<${match[2]}>`)
    .sort();
}

function messageAt(messages: Messages, key: string): string {
  return key
    .split(".")
    .reduce<string | Messages>((node, part) => (node as Messages)[part]!, messages) as string;
}

describe("messages", () => {
  const en = load("en");
  const ar = load("ar");
  const enKeys = leafKeys(en);
  const arKeys = leafKeys(ar);

  it("has every English key in Arabic", () => {
    expect(enKeys.filter((key) => !arKeys.includes(key))).toEqual([]);
  });

  it("has every Arabic key in English", () => {
    expect(arKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const mismatched = enKeys.filter(
      (key) =>
        arKeys.includes(key) &&
        argumentsOf(messageAt(en, key)).join() !== argumentsOf(messageAt(ar, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("has no empty message", () => {
    expect([
      ...enKeys.filter((key) => !messageAt(en, key).trim()),
      ...arKeys.filter((key) => !messageAt(ar, key).trim()),
    ]).toEqual([]);
  });

  it("reads plural cases as text, not as arguments", () => {
    expect(argumentsOf("{count, plural, one {once} other {# times}}")).toEqual(["count"]);
    expect(argumentsOf("{n, plural, =0 {none} other {{name} and # more}}")).toEqual(["n", "name"]);
  });

  it("notices a key that only one side has, at any depth", () => {
    const left = leafKeys({ a: { b: "x", c: { d: "y" } } });
    const right = leafKeys({ a: { b: "x", c: {} } });
    expect(left.filter((key) => !right.includes(key))).toEqual(["a.c.d"]);
  });
});
