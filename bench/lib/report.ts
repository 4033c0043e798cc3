import { writeFileSync } from "node:fs";
import path from "node:path";

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
  p50: number | null;
  p95: number | null;
  n: number;
  notes: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export function result(entry: BenchResult): BenchResult {
  return {
    ...entry,
    value: round(entry.value)!,
    baseline: round(entry.baseline),
    ratio: round(entry.ratio),
    p50: round(entry.p50),
    p95: round(entry.p95),
  };
}

export function writeReport(results: BenchResult[]): void {
  const file = path.join(import.meta.dirname, "..", "results.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.table(
    results.map(({ name, unit, value, baseline, ratio, p50, p95, n }) => ({
      name,
      unit,
      value,
      baseline,
      ratio,
      p50,
      p95,
      n,
    })),
  );
  console.log(JSON.stringify(results, null, 2));
  console.log(`written to ${file}`);
}
