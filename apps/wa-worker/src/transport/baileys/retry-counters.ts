import type { CacheStore } from "@whiskeysockets/baileys";

// As long as Baileys keeps its own retry counts (DEFAULT_CACHE_TTLS.MSG_RETRY).
const TTL_MS = 60 * 60_000;

/**
 * How often each message was sent again at a recipient's request, in the shape Baileys takes as
 * `msgRetryCounterCache`. Baileys makes a fresh one per socket unless given one; the adapter keeps
 * one per session, so a reconnect does not reset the count and resend the same message forever.
 */
export function createRetryCounterCache(now: () => number = Date.now): CacheStore {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    get<T>(key: string): T | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value as T;
    },
    set<T>(key: string, value: T) {
      entries.set(key, { value, expires: now() + TTL_MS });
    },
    del(key: string) {
      entries.delete(key);
    },
    flushAll() {
      entries.clear();
    },
  };
}
