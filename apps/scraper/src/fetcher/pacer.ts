export type Sleep = (ms: number) => Promise<void>;

export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request at a time per host, each starting at least `delayMs` after the previous one to that
 * host ended. Hosts are paced independently; the pacer is shared by every run of the process.
 */
export class HostPacer {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastEnd = new Map<string, number>();

  constructor(
    private readonly wait: Sleep = sleep,
    private readonly now: () => number = Date.now,
  ) {}

  run<T>(host: string, delayMs: number, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const turn = previous.then(async () => {
      const pause = (this.lastEnd.get(host) ?? Number.NEGATIVE_INFINITY) + delayMs - this.now();
      if (pause > 0) await this.wait(pause);
      try {
        return await task();
      } finally {
        this.lastEnd.set(host, this.now());
      }
    });
    const tail = turn.catch(() => {});
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return turn;
  }
}
