"use client";

import type { ReactNode } from "react";
import { hasErrorKey } from "@/trpc/api-error";
import { useErrorMessage } from "@/trpc/use-error-message";
import { ErrorState, LoadingState } from "./states";

/** What QueryView reads of a query; TanStack's query and infinite query results both fit. */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

const isEmptyList = (data: unknown) => Array.isArray(data) && data.length === 0;

/**
 * A query's whole ladder: a spinner while it first loads, the failure with "try again", `notFound` when
 * the API says there is no such thing, `empty` when `isEmpty` (by default: an empty list), and
 * otherwise what `children` makes of the data. `frame` wraps the placeholders only, for lists
 * whose items stand on their own.
 */
export function QueryView<T>({
  query,
  loadFailed,
  notFound,
  empty,
  isEmpty = isEmptyList,
  frame = (placeholder) => placeholder,
  children,
}: {
  query: QueryLike<T>;
  loadFailed: string;
  notFound?: ReactNode;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  frame?: (placeholder: ReactNode) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  const errorMessage = useErrorMessage();
  // Data already shown stays while a background refresh fails; only a first load fails visibly.
  if (query.data === undefined) {
    if (!query.isError) return frame(<LoadingState />);
    return frame(
      notFound && hasErrorKey(query.error, "errors.notFound") ? (
        notFound
      ) : (
        <ErrorState title={loadFailed} body={errorMessage(query.error)} onRetry={() => query.refetch()} />
      ),
    );
  }
  if (empty && isEmpty(query.data)) return frame(empty);
  return children(query.data);
}

/** Two queries read as one: pending or failed while either is, with both results together. */
export function bothQueries<A, B>(first: QueryLike<A>, second: QueryLike<B>): QueryLike<[A, B]> {
  return {
    isPending: first.isPending || second.isPending,
    isError: first.isError || second.isError,
    error: first.error ?? second.error,
    data: first.data !== undefined && second.data !== undefined ? [first.data, second.data] : undefined,
    refetch: () => Promise.all([first.refetch(), second.refetch()]),
  };
}
