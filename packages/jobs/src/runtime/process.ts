import { type RunningWorker, runWorker, type WorkerSpec } from "./worker";

/** Runs a worker as the whole process: exits 1 if it cannot start, stops gracefully on SIGTERM/SIGINT. */
export async function startWorkerProcess(spec: WorkerSpec): Promise<void> {
  let worker: RunningWorker;
  try {
    worker = await runWorker(spec);
  } catch (error) {
    console.error(
      JSON.stringify({ level: 50, kind: spec.kind, msg: "worker failed to start", err: String(error) }),
    );
    process.exit(1);
  }
  const shutdown = (signal: NodeJS.Signals) => {
    worker.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(
          JSON.stringify({
            level: 50,
            kind: spec.kind,
            msg: `stop after ${signal} failed`,
            err: String(error),
          }),
        );
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
