import { listWorkers } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import { withTimeout } from "@/lib/with-timeout";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const checkTimeoutMs = 2_000;

/** Liveness for load balancers and the container health check; no session needed. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    const workers = await withTimeout(listWorkers(getDb()), checkTimeoutMs, "database check");
    return Response.json(
      {
        status: "ok",
        db: "up",
        workers: workers.map(({ kind, host, lastSeenAt, online }) => ({ kind, host, lastSeenAt, online })),
      },
      { headers },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json({ status: "unavailable", db: "down", reason }, { status: 503, headers });
  }
}
