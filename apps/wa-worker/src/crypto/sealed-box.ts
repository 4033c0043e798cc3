import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value that does not open under the key: tampered with, moved, or sealed with another key. */
export class SealedValueError extends Error {
  constructor(readonly address: string) {
    super(`sealed value at ${address} failed authentication (tampered, moved, or another key)`);
    this.name = "SealedValueError";
  }
}

/**
 * AES-256-GCM with a random IV per value. The address (where the value is stored) is the
 * associated data, so a ciphertext copied to another row no longer opens.
 */
export function createSealedBox(key: Buffer) {
  if (key.length !== 32) throw new Error("the sealing key must be 32 bytes");
  return {
    seal(plaintext: string, address: string): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(address));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]).toString("base64");
    },
    open(sealed: string, address: string): string {
      const bytes = Buffer.from(sealed, "base64");
      if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION)
        throw new SealedValueError(address);
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAAD(Buffer.from(address));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new SealedValueError(address);
      }
    },
  };
}
export type SealedBox = ReturnType<typeof createSealedBox>;
