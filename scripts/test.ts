import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * `npm test`: unit and integration tests (vitest), a production build of the web app, then the
 * Playwright end-to-end tests against the whole stack. Ends with one "N passed, N failed" line.
 */
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  const full = path.join(root, file);
  return existsSync(full) ? (JSON.parse(readFileSync(full, "utf8")) as T) : null;
}

rmSync(path.join(root, "test-results"), { recursive: true, force: true });

const vitestOk = run("unit and integration tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
]);
const buildOk = run("build", bin("turbo"), ["run", "build", "--filter=@taqweem/web"]);
const e2eOk = buildOk && run("end-to-end tests (Chromium)", bin("playwright"), ["test"]);

const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>("test-results/vitest.json");
const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
  "test-results/playwright.json",
);
const passed =
  (vitest?.numPassedTests ?? 0) + (playwright ? playwright.stats.expected + playwright.stats.flaky : 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const ok = vitestOk && buildOk && e2eOk;
// A step that failed without reporting tests (a build error, a crash) still counts as a failure.
console.log(`\ntests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
