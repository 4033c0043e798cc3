import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { type BenchResult, result } from "./lib/report";

const nextDir = path.join(import.meta.dirname, "../apps/web/.next");
const appDir = path.join(nextDir, "server/app/[locale]/(app)");

/**
 * JavaScript a browser downloads to show a route for the first time: Next's root chunks plus every
 * chunk of the route's layouts and page, from the production build's manifests, gzipped.
 */
function firstLoadBytes(route: string): { gzip: number; files: number } {
  const manifestFile = path.join(appDir, route, "page_client-reference-manifest.js");
  const sandbox = {
    globalThis: { __RSC_MANIFEST: {} as Record<string, { entryJSFiles: Record<string, string[]> }> },
  };
  runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const manifest = Object.values(sandbox.globalThis.__RSC_MANIFEST)[0]!;
  const build = JSON.parse(readFileSync(path.join(appDir, route, "page/build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  // The route's own chunks and those of the layouts around it.
  const source = "[project]/apps/web/src/app";
  const entries = [
    `${source}/layout`,
    `${source}/[locale]/layout`,
    `${source}/[locale]/(app)/layout`,
    `${source}/[locale]/(app)/${route ? `${route}/` : ""}page`,
  ].map((entry) => {
    const chunks = manifest.entryJSFiles[entry];
    if (!chunks) throw new Error(`no chunks for ${entry} in ${manifestFile}: build the web app first`);
    return chunks;
  });
  const files = new Set([...build.rootMainFiles, ...entries.flat()]);
  let gzip = 0;
  for (const file of files) gzip += gzipSync(readFileSync(path.join(nextDir, file))).length;
  return { gzip, files: files.size };
}

export function benchPageWeight(): BenchResult[] {
  const calendar = firstLoadBytes("calendar");
  const home = firstLoadBytes("");
  return [
    result({
      name: "calendar page first-load JavaScript (gzip)",
      unit: "KiB",
      value: calendar.gzip / 1024,
      baseline: home.gzip / 1024,
      ratio: calendar.gzip / home.gzip,
      p50: null,
      p95: null,
      n: calendar.files,
      notes: `baseline: the signed-in home page (${home.files} files); from the production build's manifests`,
    }),
  ];
}
