import { createHash } from "node:crypto";

export interface StateKey {
  key: Buffer;
  /** True when no WA_STATE_KEY was given and a fixed development key is used. */
  isDevelopmentKey: boolean;
}

/**
 * The AES-256 key that seals WhatsApp credentials at rest, from WA_STATE_KEY (32 bytes as 64 hex
 * characters or base64). Production refuses to run without one; development falls back to a fixed
 * key so local sessions survive restarts, and says so.
 */
export function loadStateKey(raw: string | undefined, production: boolean): StateKey {
  if (!raw) {
    if (production)
      throw new Error(
        "WA_STATE_KEY is required in production: 32 random bytes, base64 or hex (openssl rand -base64 32).",
      );
    return {
      key: createHash("sha256").update("taqweem development WhatsApp state key").digest(),
      isDevelopmentKey: true,
    };
  }
  const trimmed = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (key.length !== 32)
    throw new Error(
      `WA_STATE_KEY must be 32 bytes (64 hex characters or base64); it decodes to ${key.length}.`,
    );
  return { key, isDevelopmentKey: false };
}
