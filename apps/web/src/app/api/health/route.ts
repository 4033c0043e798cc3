import { checkHealth } from "@taqweem/api";
import { getSql } from "@taqweem/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness for load balancers and the container health check; no session needed. */
export async function GET() {
  const health = await checkHealth(getSql());
  return Response.json(health, {
    status: health.db === "up" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
