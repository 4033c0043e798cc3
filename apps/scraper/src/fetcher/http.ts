import type { ScrapeErrorCode } from "@taqweem/jobs";

/** Why a request failed; `retryable` for 5xx, timeouts and network errors, never for 4xx. */
export class FetchFailure extends Error {
  constructor(
    readonly code: ScrapeErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = "FetchFailure";
  }
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
}

export interface AttemptOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBodyBytes: number;
}

/**
 * One GET with a deadline over the whole exchange and a body size limit enforced while
 * streaming (the download is aborted as soon as it passes the limit). 4xx and 5xx come back as
 * responses; only transport problems throw.
 */
export async function fetchOnce(url: string, options: AttemptOptions): Promise<HttpResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(url, {
      headers: options.headers,
      signal: controller.signal,
      redirect: "follow",
    });
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > options.maxBodyBytes) {
      controller.abort();
      throw tooLarge(options.maxBodyBytes);
    }
    const body = await readLimited(response, options.maxBodyBytes, controller);
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (timedOut)
      throw new FetchFailure("timeout", `no complete answer within ${options.timeoutMs} ms`, true);
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new FetchFailure("network", cause, true);
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(limit: number): FetchFailure {
  return new FetchFailure("too_large", `the response is larger than ${limit} bytes`, false);
}

async function readLimited(response: Response, limit: number, controller: AbortController): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      controller.abort();
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
