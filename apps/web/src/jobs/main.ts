import { registerWebJobs } from "@taqweem/api";
import { startWorkerProcess } from "@taqweem/jobs/runtime";
import pkg from "../../package.json" with { type: "json" };

// web-jobs: the web app's background process: e-mail delivery and reminders (scrape imports join later).
await startWorkerProcess({
  kind: "web-jobs",
  version: pkg.version,
  port: Number(process.env.WEB_JOBS_PORT ?? 3101),
  setup: (ctx) => registerWebJobs(ctx),
});
