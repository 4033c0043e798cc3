"use client";

import type { InfiniteData } from "@tanstack/react-query";
import { buttonClass } from "./button";

/** What LoadMore reads of an infinite query (keyset paging: each page names the next). */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The items of every page loaded so far, in order. */
export function pagedItems<Item>(data: InfiniteData<{ items: Item[] }> | undefined): Item[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

/** "Show older": fetches the next page, and is gone once there is none. */
export function LoadMore({
  query,
  label,
  as: Container = "div",
  className = "mt-4 text-center",
}: {
  query: PagedQuery;
  label: string;
  as?: "div" | "li";
  className?: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <Container className={className}>
      <button
        type="button"
        className={buttonClass("secondary", "sm")}
        disabled={query.isFetchingNextPage}
        onClick={() => query.fetchNextPage()}
      >
        {label}
      </button>
    </Container>
  );
}
