import { appRouter } from "@taqweem/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/request-context";
import { isSameOrigin } from "@/server/same-origin";

function handler(request: Request) {
  // Queries are GETs without side effects; everything else must come from our own pages.
  if (request.method !== "GET" && !isSameOrigin(request.headers)) {
    return Response.json({ error: "cross_site_request" }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createRequestContext(request.headers),
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

export { handler as GET, handler as POST };
