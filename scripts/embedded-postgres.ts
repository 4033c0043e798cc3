import { startEmbeddedPostgres } from "@taqweem/db/embedded";

/**
 * Runs embedded PostgreSQL as its own process so the orchestrator decides when it stops (after
 * every app process has finished with it). Prints `READY <url>` once it accepts connections and
 * stops when told to (SIGTERM/SIGINT) or when its parent goes away (stdin closes).
 */
const dataDir = process.argv[2];
const port = Number(process.argv[3]);
if (!dataDir || !Number.isInteger(port)) {
  console.error("usage: embedded-postgres.ts <data-dir> <port>");
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
  console.log(`READY ${server.url}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
