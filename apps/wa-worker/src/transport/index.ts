import type { Database } from "@taqweem/db";
import type { Logger } from "@taqweem/jobs/runtime";
import type { WaConfig } from "../config";
import { createBaileysTransport } from "./baileys/transport";
import { createSimulatorServer } from "./simulator/server";
import { createSimulatorTransport } from "./simulator/transport";
import type { WhatsAppTransport } from "./types";

/** The transport this worker runs: Baileys unless WA_TRANSPORT=simulator. */
export function createTransport(config: WaConfig, db: Database, log: Logger): WhatsAppTransport {
  if (config.transport === "simulator")
    return createSimulatorTransport({ config: config.simulator, server: createSimulatorServer(db) });
  return createBaileysTransport({
    logger: log.child({ module: "baileys" }, { level: config.baileysLogLevel }),
  });
}
