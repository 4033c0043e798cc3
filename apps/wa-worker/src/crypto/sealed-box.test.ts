import { describe, expect, it } from "vitest";
import { createSealedBox, SealedValueError } from "./sealed-box";
import { loadStateKey } from "./state-key";

describe("sealing WhatsApp state", () => {
  it("reads WA_STATE_KEY as hex or base64, and refuses to run without it in production", () => {
    const key = Buffer.alloc(32, 9);
    expect(loadStateKey(key.toString("hex"), true).key.equals(key)).toBe(true);
    expect(loadStateKey(key.toString("base64"), true)).toEqual({ key, isDevelopmentKey: false });
    expect(() => loadStateKey("too-short", true)).toThrow(/32 bytes/);
    expect(() => loadStateKey(undefined, true)).toThrow(/required in production/);
    expect(loadStateKey(undefined, false)).toMatchObject({ isDevelopmentKey: true });
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
