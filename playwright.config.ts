import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/** The whole stack (web + web-jobs + wa-worker + scraper) on a fresh embedded PostgreSQL. */
export const e2e = {
  port: Number(process.env.E2E_PORT ?? 3310),
  pgPort: Number(process.env.E2E_PG_PORT ?? 54339),
  // Per port, so two checkouts can run their suites side by side on one machine.
  dataDir: path.join(tmpdir(), `taqweem-e2e-${process.env.E2E_PORT ?? 3310}`),
  admin: { email: "admin@taqweem.local", password: "taqweem-admin-2026" },
  viewer: { email: "viewer@taqweem.local", password: "taqweem-viewer-2026" },
};
const baseURL = `http://127.0.0.1:${e2e.port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Its own folder: Playwright empties outputDir on start, and vitest's report sits beside it.
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `rm -rf ${e2e.dataDir} && tsx scripts/start.ts`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_VERBOSE ? "pipe" : "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 45_000 },
    env: {
      DATABASE_URL: "",
      NODE_ENV: "",
      PORT: String(e2e.port),
      EMBEDDED_PG_PORT: String(e2e.pgPort),
      TAQWEEM_DATA_DIR: e2e.dataDir,
      WEB_JOBS_PORT: String(e2e.port + 1),
      WA_WORKER_PORT: String(e2e.port + 2),
      SCRAPER_PORT: String(e2e.port + 3),
      HEARTBEAT_INTERVAL_MS: "2000",
      // No test machine can reach WhatsApp: the shipped simulator stands in, and the UI says so.
      WA_TRANSPORT: "simulator",
      // Each QR lives 8 s instead of 20 s, so a spec sees the next one replace it without a long wait.
      WA_SIM_QR_TTL_MS: "8000",
      // Scraper specs point sources at the local fixture server they start
      // (tests/support/scraper-fixture-server.ts): no pause between its pages, quick retries.
      SCRAPER_HOST_DELAY_MS: "0",
      SCRAPER_RETRY_DELAY_MS: "200",
      SCRAPER_REQUEST_TIMEOUT_MS: "5000",
      // Campaign dispatch looks again every half second, so a campaign on an unpaced number runs in seconds.
      CAMPAIGN_TICK_MS: "500",
      AUTH_URL: baseURL,
      LOG_LEVEL: "warn",
    },
  },
});
