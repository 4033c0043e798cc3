import "server-only";

import { getSql } from "@taqweem/db";
import { type AppEvent, subscribeEvents } from "@taqweem/jobs";

type Listener = (event: AppEvent) => void;

interface Hub {
  listeners: Set<Listener>;
  listening?: Promise<void>;
}

// One LISTEN connection per process, whatever the number of open streams; kept on globalThis
// so hot reloads in development do not open another.
const store = globalThis as unknown as { __taqweemEventHub?: Hub };

function hub(): Hub {
  store.__taqweemEventHub ??= { listeners: new Set() };
  return store.__taqweemEventHub;
}

function broadcast(event: AppEvent) {
  for (const listener of hub().listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error(JSON.stringify({ level: 50, msg: "event listener failed", err: String(error) }));
    }
  }
}

/** Resolves once the database delivers events to `listener`; call the result to stop. */
export async function listenToEvents(listener: Listener): Promise<() => void> {
  const current = hub();
  current.listening ??= subscribeEvents(getSql(), broadcast).then(
    () => undefined,
    (error: unknown) => {
      current.listening = undefined;
      throw error;
    },
  );
  await current.listening;
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
