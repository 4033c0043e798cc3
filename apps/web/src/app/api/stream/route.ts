import { loadSessionUser } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import { listenToEvents } from "@/server/events/hub";
import { openViewerStream } from "@/server/events/viewer-stream";
import { appSession } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Server-sent events: live worker and WhatsApp activity for admins, a viewer's own notifications
 * and ping replies. The stream follows the viewer's membership while it is open.
 */
export async function GET(request: Request) {
  const session = await appSession(request.headers);
  if (!session) return new Response(null, { status: 401 });
  // A password change or reset raises the session version: the re-check then closes the stream.
  const identity = { userId: session.userId, orgId: session.orgId, sessionVersion: session.sessionVersion };

  let stream: ReadableStream<Uint8Array>;
  try {
    stream = await openViewerStream({
      viewer: session,
      reload: () => loadSessionUser(getDb(), identity),
      listen: listenToEvents,
      signal: request.signal,
    });
  } catch (error) {
    console.error(JSON.stringify({ level: 50, msg: "event stream unavailable", err: String(error) }));
    return new Response(null, { status: 503 });
  }

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
