import { appRouter } from "@taqweem/api";
import { createRequestContext } from "@/server/request-context";
import { handleTrpcRequest } from "@/server/trpc-handler";

function handler(request: Request) {
  return handleTrpcRequest(request, appRouter, () => createRequestContext(request.headers));
}

export { handler as GET, handler as POST };
