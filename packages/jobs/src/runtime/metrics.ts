import client from "prom-client";

export interface WorkerMetrics {
  registry: client.Registry;
  recordJob(queue: string, status: string, ms: number): void;
  /** A small summary stored with each heartbeat, for the System page. */
  snapshot(): Record<string, number>;
}

export function createMetrics(kind: string): WorkerMetrics {
  const registry = new client.Registry();
  registry.setDefaultLabels({ kind });
  client.collectDefaultMetrics({ register: registry, prefix: "taqweem_" });
  const jobs = new client.Counter({
    name: "taqweem_jobs_total",
    help: "Jobs handled, by queue and outcome",
    labelNames: ["queue", "status"] as const,
    registers: [registry],
  });
  const jobSeconds = new client.Histogram({
    name: "taqweem_job_duration_seconds",
    help: "Time spent in job handlers",
    labelNames: ["queue"] as const,
    buckets: [0.001, 0.005, 0.02, 0.1, 0.5, 2, 10, 60],
    registers: [registry],
  });
  const totals = { jobsHandled: 0, jobsFailed: 0 };
  return {
    registry,
    recordJob(queue, status, ms) {
      totals.jobsHandled += 1;
      if (status !== "completed") totals.jobsFailed += 1;
      jobs.inc({ queue, status });
      jobSeconds.observe({ queue }, ms / 1000);
    },
    snapshot: () => ({
      ...totals,
      rssBytes: process.memoryUsage().rss,
      uptimeSeconds: Math.round(process.uptime()),
    }),
  };
}
