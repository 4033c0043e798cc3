import { parseArgs } from "node:util";

/** Runs a command-line entry point: prints the error and exits 1 instead of a stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

export { parseArgs };
