import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { appRouter, createCaller } from "@taqweem/api";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { createRequestContext } from "@/server/request-context";
import { createQueryClient } from "./query-client";

/** One context per request, shared by every server component that renders it. */
export const getRequestContext = cache(async () => createRequestContext(await headers()));

const getQueryClient = cache(createQueryClient);

export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: getRequestContext,
  queryClient: getQueryClient,
});

/** Calls procedures directly from server components. */
export const getCaller = cache(async () => createCaller(await getRequestContext()));

/** Fetches a query while the page renders on the server; the browser receives it with the HTML. */
export async function prefetch(queryOptions: ReturnType<TRPCQueryOptions<never>>) {
  await getQueryClient().prefetchQuery(queryOptions);
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
