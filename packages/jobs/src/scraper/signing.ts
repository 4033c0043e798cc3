import { createHmac, timingSafeEqual } from "node:crypto";
import { canonicalJson } from "./canonical";
import { type ScrapeResult, scrapeResult } from "./result";

/** A result as stored in scrape_results: the payload with what it was signed with. */
export interface SignedScrapeResult {
  runId: string;
  sourceId: string;
  /** Time of signing, ISO 8601 in UTC with milliseconds (what a timestamptz round-trips exactly). */
  signedAt: string;
  result: ScrapeResult;
  /** Hex HMAC-SHA256; null or empty when the row came without one. */
  signature: string | null;
}

/** The bytes that are signed: canonical JSON of the run id, source id, time and result. */
export function scrapeSigningBytes(input: Omit<SignedScrapeResult, "signature">): Buffer {
  return Buffer.from(
    canonicalJson({
      runId: input.runId,
      sourceId: input.sourceId,
      signedAt: new Date(input.signedAt).toISOString(),
      result: input.result,
    }),
    "utf8",
  );
}

function hmac(secret: string, bytes: Buffer): Buffer {
  return createHmac("sha256", secret).update(bytes).digest();
}

/** Signs a run's result at `signedAt` (now unless told). */
export function signScrapeResult(
  input: { runId: string; sourceId: string; result: ScrapeResult },
  secret: string,
  signedAt: Date = new Date(),
): SignedScrapeResult & { signature: string } {
  const unsigned = { ...input, signedAt: signedAt.toISOString() };
  return { ...unsigned, signature: hmac(secret, scrapeSigningBytes(unsigned)).toString("hex") };
}

export type VerifyRefusal =
  /** No signature at all. */
  | "unsigned"
  /** The signature does not match the bytes: tampered, or signed with another secret. */
  | "bad_signature"
  /** Signed longer ago than the allowed age. */
  | "too_old"
  /** Signed in the future (beyond a small clock skew): not a time the scraper could have signed at. */
  | "from_future"
  /** Correctly signed, yet not a valid result (cannot come from our scraper). */
  | "invalid_payload";

export type VerifyOutcome = { ok: true; result: ScrapeResult } | { ok: false; reason: VerifyRefusal };

export interface VerifyOptions {
  secret: string;
  maxAgeSeconds: number;
  now?: Date;
  /** Tolerated clock difference between the scraper and the importer. */
  skewSeconds?: number;
}

/**
 * Checks a stored result before anything of it is trusted: signature (constant-time), age, then
 * the payload's shape. It cannot know replays: the importer refuses, from its own records, a run
 * id it has already imported (the signature binds the run id, so a result cannot be moved to
 * another run).
 */
export function verifyScrapeResult(signed: SignedScrapeResult, options: VerifyOptions): VerifyOutcome {
  const signature = signed.signature?.trim() ?? "";
  if (signature === "") return { ok: false, reason: "unsigned" };
  const signedAtMs = Date.parse(signed.signedAt);
  if (!/^[0-9a-f]{64}$/i.test(signature) || Number.isNaN(signedAtMs))
    return { ok: false, reason: "bad_signature" };
  let expected: Buffer;
  try {
    expected = hmac(options.secret, scrapeSigningBytes(signed));
  } catch {
    return { ok: false, reason: "bad_signature" };
  }
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex")))
    return { ok: false, reason: "bad_signature" };

  const now = (options.now ?? new Date()).getTime();
  if (signedAtMs > now + (options.skewSeconds ?? 60) * 1000) return { ok: false, reason: "from_future" };
  if (now - signedAtMs > options.maxAgeSeconds * 1000) return { ok: false, reason: "too_old" };

  const parsed = scrapeResult.safeParse(signed.result);
  return parsed.success ? { ok: true, result: parsed.data } : { ok: false, reason: "invalid_payload" };
}

/** The SignedScrapeResult of a scrape_results row, as verifyScrapeResult takes it. */
export function signedFromRow(row: {
  runId: string;
  sourceId: string;
  payload: unknown;
  signedAt: Date;
  signature: string | null;
}): SignedScrapeResult {
  return {
    runId: row.runId,
    sourceId: row.sourceId,
    signedAt: row.signedAt.toISOString(),
    result: row.payload as ScrapeResult,
    signature: row.signature,
  };
}
