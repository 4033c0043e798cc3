import pino from "pino";
import { workerConfigFromEnv } from "../config";

export type Logger = pino.Logger;

/** JSON logs on stdout; every line carries the process kind, and callers add job or request ids. */
export function createLogger(kind: string): Logger {
  return pino({ level: workerConfigFromEnv().logLevel, base: { kind, pid: process.pid } });
}
