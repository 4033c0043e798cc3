import pino from "pino";

export type Logger = pino.Logger;

/** JSON logs on stdout; every line carries the process kind, and callers add job or request ids. */
export function createLogger(kind: string): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? "info", base: { kind, pid: process.pid } });
}
