import type { AppEvent } from "@taqweem/jobs";
import { eventForViewer, type StreamViewer } from "./for-viewer";

export interface ViewerStreamOptions {
  /** The viewer as the request was authorised. */
  viewer: StreamViewer;
  /** Reads the viewer's current membership: null when it is gone or deactivated. */
  reload: () => Promise<StreamViewer | null>;
  /** Subscribes to this process's events; resolves once listening, with the way to stop. */
  listen: (listener: (event: AppEvent) => void) => Promise<() => void>;
  /**
   * Re-reads the membership this often even without a `membership.changed` event, which can be
   * missed while the LISTEN connection reconnects.
   */
  recheckMs?: number;
  keepAliveMs?: number;
  signal?: AbortSignal;
}

/**
 * The server-sent event stream of one viewer. It follows their membership: on a change (or the
 * periodic re-check) it re-reads it, filters by the new role from then on, and closes once the
 * membership is deactivated or removed. Rejects when events cannot be listened to.
 */
export async function openViewerStream(options: ViewerStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const { reload, listen, recheckMs = 10_000, keepAliveMs = 15_000, signal } = options;
  let viewer = options.viewer;
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let stopTimers = () => {};
  let unsubscribe = () => {};

  const close = () => {
    if (closed) return;
    closed = true;
    stopTimers();
    unsubscribe();
    try {
      controller.close();
    } catch {
      // Already closed by the client going away.
    }
  };
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: close,
  });
  const send = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  const deliver = (event: AppEvent) => {
    const visible = eventForViewer(event, viewer, new Date());
    if (visible) send(`data: ${JSON.stringify(visible)}\n\n`);
  };

  // While the membership is being re-read, events wait here and are then filtered by its answer,
  // so none is let through on a role the viewer has just lost. NOTIFYs arrive in commit order,
  // so everything published after the change is held.
  let held: AppEvent[] | null = null;
  let readAgain = false;
  const recheck = async () => {
    if (held) {
      readAgain = true;
      return;
    }
    held = [];
    try {
      do {
        readAgain = false;
        const current = await reload();
        if (!current) return close();
        viewer = current;
      } while (readAgain);
    } catch (error) {
      console.error(
        JSON.stringify({ level: 50, msg: "event stream membership check failed", err: String(error) }),
      );
      close();
    } finally {
      const waiting: AppEvent[] = held ?? [];
      held = null;
      for (const event of waiting) deliver(event);
    }
  };

  unsubscribe = await listen((event) => {
    if (closed) return;
    if (event.type === "membership.changed") {
      if (event.userId === viewer.userId && event.orgId === viewer.orgId) void recheck();
    } else if (held) held.push(event);
    else deliver(event);
  });
  const keepAlive = setInterval(() => send(": keep-alive\n\n"), keepAliveMs);
  const periodic = setInterval(() => void recheck(), recheckMs);
  stopTimers = () => {
    clearInterval(keepAlive);
    clearInterval(periodic);
  };

  if (signal?.aborted) close();
  else signal?.addEventListener("abort", close, { once: true });
  send("retry: 3000\n: connected\n\n");
  // A change made between the request's own check and the subscription would otherwise wait
  // for the periodic re-check.
  void recheck();
  return stream;
}
