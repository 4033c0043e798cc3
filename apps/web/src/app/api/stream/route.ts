import { eventForViewer } from "@/server/events/for-viewer";
import { listenToEvents } from "@/server/events/hub";
import { appSession } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const keepAliveMs = 15_000;

/** Server-sent events: live worker activity for admins and the replies to a viewer's own pings. */
export async function GET(request: Request) {
  const session = await appSession(request.headers);
  if (!session) return new Response(null, { status: 401 });

  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => stop(),
  });
  const send = (text: string) => {
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      stop();
    }
  };

  let unsubscribe: () => void;
  try {
    unsubscribe = await listenToEvents((event) => {
      const visible = eventForViewer(event, session, new Date());
      if (visible) send(`data: ${JSON.stringify(visible)}\n\n`);
    });
  } catch (error) {
    console.error(JSON.stringify({ level: 50, msg: "event stream unavailable", err: String(error) }));
    return new Response(null, { status: 503 });
  }

  const keepAlive = setInterval(() => send(": keep-alive\n\n"), keepAliveMs);
  stop = () => {
    stop = () => {};
    clearInterval(keepAlive);
    unsubscribe();
    try {
      controller.close();
    } catch {
      // Already closed by the client going away.
    }
  };
  if (request.signal.aborted) stop();
  else request.signal.addEventListener("abort", () => stop(), { once: true });
  send("retry: 3000\n: connected\n\n");

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
