import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const embeddedServerScript = fileURLToPath(new URL("./embedded-server.ts", import.meta.url));
/** Node arguments that run a TypeScript entry point through tsx. */
export const tsxImport = ["--import", createRequire(import.meta.url).resolve("tsx")];

export interface EmbeddedProcess {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
}

/** Starts embedded PostgreSQL in a child process (see embedded-server.ts) and waits until it is ready. */
export function spawnEmbeddedPostgres(
  dataDir: string,
  port: number,
  timeoutMs = 60_000,
): Promise<EmbeddedProcess> {
  const child = spawn(process.execPath, [...tsxImport, embeddedServerScript, dataDir, String(port)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`embedded PostgreSQL did not start within ${timeoutMs} ms: ${errors}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited with code ${code}: ${errors}`));
    });
    let buffered = "";
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      const match = buffered.match(/^READY (\S+) (\S+)$/m);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        adminUrl: match[2]!,
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}
