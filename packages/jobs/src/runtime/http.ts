import { createServer, type Server } from "node:http";
import type { WorkerMetrics } from "./metrics";

/** Serves GET /health (200 when the database answers, 503 otherwise) and GET /metrics. */
export function startHealthServer(
  port: number,
  metrics: WorkerMetrics,
  checkHealth: () => Promise<{ ok: boolean; detail: Record<string, unknown> }>,
): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      if (req.method === "GET" && req.url === "/health") {
        const { ok, detail } = await checkHealth();
        res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
        res.end(JSON.stringify({ status: ok ? "ok" : "unavailable", ...detail }));
      } else if (req.method === "GET" && req.url === "/metrics") {
        res.writeHead(200, { "content-type": metrics.registry.contentType });
        res.end(await metrics.registry.metrics());
      } else {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "not_found" }));
      }
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : "internal_error" }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(server));
  });
}
