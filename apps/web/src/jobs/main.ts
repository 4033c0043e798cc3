import { registerWebJobs } from "@taqweem/api";
import { startWorkerProcess } from "@taqweem/jobs/runtime";
import pkg from "../../package.json" with { type: "json" };
import { webConfigFromEnv } from "../config";

// web-jobs: the web app's background process: e-mail delivery, reminders and scrape imports.
await startWorkerProcess({
  kind: "web-jobs",
  version: pkg.version,
  port: webConfigFromEnv().jobsPort,
  setup: (ctx) => registerWebJobs(ctx),
});
