"use client";

import { useEffect, useEffectEvent, useState } from "react";
import type { StreamEvent } from "@/server/events/for-viewer";

export type StreamStatus = "connecting" | "open" | "closed";

/**
 * Subscribes to the server-sent event stream while the component is mounted. EventSource
 * reconnects by itself after a network error; "closed" means the server refused the stream.
 */
export function useAppEvents(onEvent: (event: StreamEvent) => void): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const handle = useEffectEvent(onEvent);
  useEffect(() => {
    const source = new EventSource("/api/stream");
    source.onopen = () => setStatus("open");
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "closed" : "connecting");
    source.onmessage = (message: MessageEvent<string>) => handle(JSON.parse(message.data) as StreamEvent);
    return () => source.close();
  }, []);
  return status;
}
