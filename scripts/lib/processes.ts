import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

const colours = [36, 35, 33, 32, 34, 31];

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Starts a command in its own process group with its output prefixed by name. Its own group means
 * a Ctrl-C in the terminal reaches only the orchestrator, which then stops everything in order.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; index: number },
): ManagedProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const prefix = `\x1b[${colours[options.index % colours.length]}m${name.padEnd(10)}\x1b[0m│ `;
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on("line", (line) => process.stdout.write(`${prefix}${line}\n`));
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, child, exited };
}

/** SIGTERM to the process group, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(proc: ManagedProcess, graceMs: number): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  signalGroup(proc, "SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), graceMs).unref());
  if ((await Promise.race([proc.exited, timeout])) === "timeout") {
    console.log(`${proc.name} did not stop within ${graceMs} ms; killing it`);
    signalGroup(proc, "SIGKILL");
    await proc.exited;
  }
}

function signalGroup(proc: ManagedProcess, signal: NodeJS.Signals) {
  try {
    if (proc.child.pid) process.kill(-proc.child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Resolves with the first line matching `pattern` on the process's stdout. */
export function waitForLine(
  proc: ManagedProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${proc.name} did not get ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
    proc.exited.then((code) =>
      reject(new Error(`${proc.name} exited with code ${code} before it was ready`)),
    );
    if (!proc.child.stdout) return reject(new Error(`${proc.name} has no stdout`));
    createInterface({ input: proc.child.stdout }).on("line", (line) => {
      const match = line.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
  });
}
