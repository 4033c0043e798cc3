import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSealedBox, SealedValueError } from "./sealed-box";
import { loadStateKey } from "./state-key";

describe("sealing WhatsApp state", () => {
  it("reads WA_STATE_KEY as hex or base64, and refuses to run without it in production", () => {
    const key = Buffer.alloc(32, 9);
    const dir = "/nonexistent";
    expect(loadStateKey(key.toString("hex"), true, dir).key.equals(key)).toBe(true);
    expect(loadStateKey(key.toString("base64"), true, dir)).toEqual({ key, generatedFile: null });
    expect(() => loadStateKey("too-short", true, dir)).toThrow(/32 bytes/);
    expect(() => loadStateKey(undefined, true, dir)).toThrow(/required in production/);
  });

  it("outside production without WA_STATE_KEY, generates a random key once into the data folder", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "wa-key-")), "data");
    const first = loadStateKey(undefined, false, dataDir);
    const file = path.join(dataDir, "wa-state-key");
    expect(first.generatedFile).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The same key on the next start; another folder gets another key (nothing fixed or derived).
    expect(loadStateKey(undefined, false, dataDir).key.equals(first.key)).toBe(true);
    const other = loadStateKey(undefined, false, path.join(dataDir, "other"));
    expect(other.key.equals(first.key)).toBe(false);
    // A folder that cannot be written refuses to start with a clear message.
    writeFileSync(path.join(dataDir, "a-file"), "");
    expect(() => loadStateKey(undefined, false, path.join(dataDir, "a-file", "x"))).toThrow(
      /WA_STATE_KEY is not set and no key could be generated/,
    );
  });

  it("opens only what it sealed, at the same address, with the same key", () => {
    const box = createSealedBox(Buffer.alloc(32, 1));
    const sealed = box.seal('{"secret":1}', "wa/s/creds/creds");
    expect(box.seal('{"secret":1}', "wa/s/creds/creds")).not.toBe(sealed);
    expect(box.open(sealed, "wa/s/creds/creds")).toBe('{"secret":1}');
    expect(() => box.open(sealed, "wa/s/pre-key/1")).toThrow(SealedValueError);
    expect(() => createSealedBox(Buffer.alloc(32, 2)).open(sealed, "wa/s/creds/creds")).toThrow(
      SealedValueError,
    );
    const bytes = Buffer.from(sealed, "base64");
    bytes[20]! ^= 0xff;
    expect(() => box.open(bytes.toString("base64"), "wa/s/creds/creds")).toThrow(SealedValueError);
  });
});
