import { startWorkerProcess } from "@taqweem/jobs/runtime";
import pkg from "../package.json" with { type: "json" };
import { type WaConfig, waConfigFromEnv, waDbPoolSize } from "./config";
import { waWorkerSetup } from "./worker";

let setup: ReturnType<typeof waWorkerSetup>;
let config: WaConfig;
try {
  // Bad settings, or no WA_STATE_KEY in production, stop the process before it connects anywhere.
  config = waConfigFromEnv();
  setup = waWorkerSetup(config);
} catch (error) {
  console.error(
    JSON.stringify({ level: 60, kind: "wa-worker", msg: "refusing to start", err: String(error) }),
  );
  process.exit(1);
}
await startWorkerProcess({
  kind: "wa-worker",
  version: pkg.version,
  port: config.port,
  dbPoolSize: waDbPoolSize(config),
  setup,
});
