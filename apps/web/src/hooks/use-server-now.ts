"use client";

import { useEffect, useState } from "react";
import { useTickingNow } from "./use-ticking-now";

/**
 * The database's clock as estimated in the browser, ticking every second: heartbeats are stamped
 * by the database, so comparing them with the browser's own clock would be off by any skew.
 * `serverNow` is the database time in the latest response; the offset is taken when it arrives.
 */
export function useServerNow(serverNow: Date): number | null {
  const now = useTickingNow();
  const [offset, setOffset] = useState<number | null>(null);
  useEffect(() => setOffset(serverNow.getTime() - Date.now()), [serverNow]);
  return now === null || offset === null ? null : now + offset;
}
