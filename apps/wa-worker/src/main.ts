import { startWorkerProcess } from "@taqweem/jobs/runtime";
import pkg from "../package.json" with { type: "json" };

// WhatsApp sessions, sending and receipts arrive with the WhatsApp issue; today the worker
// registers, heartbeats and answers pings like every other.
await startWorkerProcess({ kind: "wa-worker", version: pkg.version, port: Number(process.env.WA_WORKER_PORT ?? 3102) });
