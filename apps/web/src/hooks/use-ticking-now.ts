"use client";

import { useEffect, useState } from "react";

/**
 * This browser's clock, updated every second. Null during server rendering and hydration, so
 * that time-dependent text never differs between the server's HTML and the first client render.
 */
export function useTickingNow(intervalMs = 1_000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
