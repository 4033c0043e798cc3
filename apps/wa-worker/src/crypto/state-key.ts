import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface StateKey {
  key: Buffer;
  /** Where a generated key was read from or written to; null when WA_STATE_KEY was given. */
  generatedFile: string | null;
}

/** The file `npm run dev` keeps its generated WA_STATE_KEY in, so both find the same key. */
export const stateKeyFileName = "wa-state-key";

function decodeKey(raw: string, source: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (key.length !== 32)
    throw new Error(`${source} must be 32 bytes (64 hex characters or base64); it decodes to ${key.length}.`);
  return key;
}

/**
 * The AES-256 key that seals WhatsApp credentials at rest, from WA_STATE_KEY (32 bytes as 64 hex
 * characters or base64). Production refuses to run without one. Elsewhere a random key is
 * generated once into the data folder (owner-only) and read from there afterwards, so local
 * sessions survive restarts without any key that could be derived from text in this repository.
 */
export function loadStateKey(raw: string | undefined, production: boolean, dataDir: string): StateKey {
  if (raw) return { key: decodeKey(raw, "WA_STATE_KEY"), generatedFile: null };
  if (production)
    throw new Error(
      "WA_STATE_KEY is required in production: 32 random bytes, base64 or hex (openssl rand -base64 32).",
    );
  const file = path.join(dataDir, stateKeyFileName);
  if (existsSync(file)) return { key: decodeKey(readFileSync(file, "utf8"), file), generatedFile: file };
  try {
    mkdirSync(dataDir, { recursive: true });
    const key = randomBytes(32);
    // "wx": two workers starting together never overwrite each other's key.
    writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    return { key, generatedFile: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return { key: decodeKey(readFileSync(file, "utf8"), file), generatedFile: file };
    throw new Error(
      `WA_STATE_KEY is not set and no key could be generated in ${file} (${String(error)}): set WA_STATE_KEY or TAQWEEM_DATA_DIR.`,
    );
  }
}
