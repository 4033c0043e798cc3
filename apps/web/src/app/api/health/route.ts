import { listWorkers } from "@taqweem/api";
import { getDb, getSql } from "@taqweem/db";
import { withTimeout } from "@/lib/with-timeout";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const checkTimeoutMs = 2_000;

async function checkDatabase() {
  // A bare round trip first, so that an unreachable database is reported in the driver's words.
  await getSql()`select 1`;
  return listWorkers(getDb());
}

/** Liveness for load balancers and the container health check; no session needed. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    const workers = await withTimeout(checkDatabase(), checkTimeoutMs, "database check");
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
