import { type AppRouter, type Context, errorKeys } from "@taqweem/api";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { isLargeBodyProcedure, trpcLimits } from "../trpc/limits";
import { isSameOrigin } from "./same-origin";

export const trpcEndpoint = "/api/trpc";

/** The procedure paths a request calls: `/api/trpc/a.b,c.d?batch=1` calls two. */
function procedurePaths(url: URL): string[] {
  return decodeURIComponent(url.pathname.slice(trpcEndpoint.length + 1)).split(",");
}

/** The body, or null once it passes `limit` bytes: an oversized body is never held in memory. */
async function readLimitedBody(request: Request, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Checks the batch size and body size before tRPC parses anything. A refused request still goes
 * through tRPC, without its body and with a context that throws, so every call in it gets a
 * regular tRPC error with a message key the page translates.
 */
async function applyLimits(request: Request): Promise<{ request: Request; refusal: TRPCError | null }> {
  const url = new URL(request.url);
  const paths = procedurePaths(url);
  if (url.searchParams.get("batch") === "1" && paths.length > trpcLimits.maxBatchSize) {
    const refusal = new TRPCError({ code: "BAD_REQUEST", message: errorKeys.batchTooLarge });
    return { request: new Request(url, { method: request.method, headers: request.headers }), refusal };
  }
  if (request.method !== "POST") return { request, refusal: null };
  const limit = paths.every(isLargeBodyProcedure) ? trpcLimits.largeBodyBytes : trpcLimits.maxBodyBytes;
  const body = await readLimitedBody(request, limit);
  if (!body) {
    const refusal = new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: errorKeys.requestTooLarge });
    return {
      request: new Request(url, { method: "POST", headers: { "content-type": "application/json" } }),
      refusal,
    };
  }
  return { request: new Request(url, { method: "POST", headers: request.headers, body }), refusal: null };
}

/** /api/trpc: same-origin check for mutations, size limits, then the router. */
export async function handleTrpcRequest(
  request: Request,
  router: AppRouter,
  createContext: () => Promise<Context>,
): Promise<Response> {
  // Queries are GETs without side effects; everything else must come from our own pages.
  if (request.method !== "GET" && !isSameOrigin(request.headers)) {
    return Response.json({ error: "cross_site_request" }, { status: 403 });
  }
  const limited = await applyLimits(request);
  return fetchRequestHandler({
    endpoint: trpcEndpoint,
    req: limited.request,
    router,
    createContext: () => {
      if (limited.refusal) throw limited.refusal;
      return createContext();
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(
          JSON.stringify({
            level: 50,
            msg: "tRPC procedure failed",
            path,
            err: String(error.cause ?? error),
          }),
        );
      }
    },
  });
}
