import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docker-compose.yml as `docker compose config` resolves it. Debian's docker-compose 1.29 reads
// the file offline (no Docker engine needed); .ci/run installs it.
const root = path.resolve(import.meta.dirname, "../..");
const binary = (process.env.PATH ?? "")
  .split(path.delimiter)
  .map((dir) => path.join(dir, "docker-compose"))
  .find((candidate) => existsSync(candidate));

const skipReason = "no docker-compose binary on PATH (apt-get install docker-compose)";
if (!binary) console.warn(`compose config tests skipped: ${skipReason}`);

const secrets = {
  POSTGRES_PASSWORD: "c0ffee5ecret",
  AUTH_SECRET: "auth-secret-for-the-test",
  AUTH_URL: "https://taqweem.example.org",
  WA_STATE_KEY: "wa-state-key-for-the-test",
  SCRAPER_DATABASE_PASSWORD: "5crap3rpw",
  SCRAPER_SIGNING_SECRET: "scraper-signing-secret-for-the-test",
};

// An empty env file, so a developer's .env cannot supply what a test leaves out.
const emptyEnvFile = path.join(mkdtempSync(path.join(tmpdir(), "taqweem-compose-")), "empty.env");
writeFileSync(emptyEnvFile, "");

function composeConfig(env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      binary!,
      ["--env-file", emptyEnvFile, "-f", path.join(root, "docker-compose.yml"), "config"],
      { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const without = (name: keyof typeof secrets) =>
  Object.fromEntries(Object.entries(secrets).filter(([key]) => key !== name));

describe.skipIf(!binary)(`docker-compose.yml${binary ? "" : ` (skipped: ${skipReason})`}`, () => {
  it.each(Object.keys(secrets) as (keyof typeof secrets)[])("refuses to start without %s", async (name) => {
    const result = await composeConfig(without(name));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`set ${name} in .env`);
  });

  it("with every secret set, builds each service's database URL from the password and publishes web on 127.0.0.1", async () => {
    const { code, stdout, stderr } = await composeConfig(secrets);
    expect(stderr).not.toContain("ERROR");
    expect(code).toBe(0);
    const urls = stdout.match(/DATABASE_URL: \S+/g) ?? [];
    // migrate, web, web-jobs and wa-worker as the owner; the scraper as its own role.
    expect(urls.sort()).toEqual([
      ...Array(4).fill("DATABASE_URL: postgres://taqweem:c0ffee5ecret@postgres:5432/taqweem"),
      "DATABASE_URL: postgres://taqweem_scraper:5crap3rpw@postgres:5432/taqweem",
    ]);
    // The scraper signs, web-jobs verifies; nobody else holds the key.
    expect(stdout.match(/SCRAPER_SIGNING_SECRET: scraper-signing-secret-for-the-test/g)).toHaveLength(2);
    expect(stdout).toContain("POSTGRES_PASSWORD: c0ffee5ecret");
    expect(stdout).toMatch(/- 127\.0\.0\.1:3000:3000\b/);
    expect(stdout).not.toMatch(/- (0\.0\.0\.0:)?3000:3000\b/);
    expect(stdout).toContain('AUTH_TRUST_HOST: "false"');
  });

  it("publishes web where WEB_BIND says, and trusts the Host header only when AUTH_TRUST_HOST is set", async () => {
    const { code, stdout } = await composeConfig({
      ...secrets,
      WEB_BIND: "0.0.0.0",
      AUTH_TRUST_HOST: "true",
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/- 0\.0\.0\.0:3000:3000\b/);
    expect(stdout).toContain('AUTH_TRUST_HOST: "true"');
  });

  it("builds every image from a stage of the root Dockerfile, each worker from its own workspace", async () => {
    const { stdout } = await composeConfig(secrets);
    const stages = [
      ...readFileSync(path.join(root, "Dockerfile"), "utf8").matchAll(/^FROM \S+ AS (\S+)$/gm),
    ].map((match) => match[1]);
    const targets = [...stdout.matchAll(/target: (\S+)/g)].map((match) => match[1]);
    // migrate, web and web-jobs share the web image; wa-worker and scraper the worker stage.
    expect(targets.sort()).toEqual(["web", "web", "web", "worker", "worker"]);
    for (const target of targets) expect(stages).toContain(target);
    const workspaces = [...stdout.matchAll(/WORKSPACE: (\S+)/g)].map((match) => match[1]!);
    expect(workspaces.sort()).toEqual(["scraper", "wa-worker"]);
    for (const workspace of workspaces)
      expect(existsSync(path.join(root, "apps", workspace, "package.json"))).toBe(true);
  });
});
