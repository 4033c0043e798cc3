const RUNS = 50;
const WARM_UP = 5;

/** Durations (ms) of `RUNS` sequential runs of the task, after a few runs to warm up. */
export async function sample(task: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Two tasks sampled turn about (a, b, a, b...), so that both see the same machine: on a shared
 * machine the load drifts, and a ratio of two figures taken minutes apart measures the drift.
 */
export async function sampleAlternately(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  for (let i = 0; i < WARM_UP; i += 1) await Promise.all([a(), b()]);
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    let started = performance.now();
    await a();
    samplesA.push(performance.now() - started);
    started = performance.now();
    await b();
    samplesB.push(performance.now() - started);
  }
  return [samplesA, samplesB];
}
