"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { replaceQuery } from "@/lib/replace-query";

/**
 * A page's view state kept in the address (filters, page number). The App Router takes the new
 * address up in a transition, which lags behind the click on a busy page; until it has, the state
 * set here is shown, so a checkbox or select answers at once instead of springing back. Any other
 * change of the address (a link, the language switch) wins.
 */
export function useQueryState<T>(
  parse: (params: URLSearchParams) => T,
  toQuery: (state: T) => Record<string, string>,
): [T, (next: T) => void] {
  const params = useSearchParams();
  const search = params.toString();
  const [local, setLocal] = useState<{ state: T; setAt: string } | null>(null);
  const state = local && local.setAt === search ? local.state : parse(new URLSearchParams(search));
  const set = (next: T) => {
    setLocal({ state: next, setAt: search });
    replaceQuery(toQuery(next));
  };
  return [state, set];
}
