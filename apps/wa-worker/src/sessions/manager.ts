import type { WaSession } from "@taqweem/db";
import type { Logger } from "@taqweem/jobs/runtime";
import type { Leases } from "./leases";
import type { SessionRuntime } from "./runtime";

export type Ownership =
  /** `justStarted`: claimed and connected by this very call, with the session's current settings. */
  | { kind: "here"; runtime: SessionRuntime; justStarted: boolean }
  /** Another live worker holds the session. */
  | { kind: "elsewhere" }
  /** Claimed by this worker and waiting for its (staggered) start. */
  | { kind: "starting" }
  /** Nobody runs it and it is not wanted (not linked, logged out, failed...). */
  | { kind: "idle" };

export interface ManagerDeps {
  leases: Leases;
  log: Logger;
  leaseTtlMs: number;
  leaseRenewMs: number;
  startStaggerMs: number;
  /** Builds the runtime of a session this worker has just claimed. */
  createRuntime(session: WaSession, onStopped: (sessionId: string) => void): SessionRuntime;
  /** Runs after a claim, before the session connects (e.g. requeue its orphaned sends). */
  onClaimed(sessionId: string): Promise<void>;
}

/**
 * The sessions this worker owns: renews their leases on every tick, takes its fair share of the
 * wanted sessions nobody holds (staggered, so a restart does not reconnect everything at once),
 * and closes a session's connection as soon as its lease cannot be trusted any more.
 */
export class SessionManager {
  private readonly runtimes = new Map<string, SessionRuntime>();
  private readonly starting = new Map<string, Promise<SessionRuntime | null>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private stopping = false;
  private lastRenewal = performance.now();
  private staggerChain: Promise<void> = Promise.resolve();
  private readonly abort = new AbortController();

  constructor(private readonly deps: ManagerDeps) {}

  /** Aborted when the worker stops. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.deps.leaseRenewMs);
    void this.tick();
  }

  async tick(): Promise<void> {
    if (this.ticking || this.stopping) return;
    this.ticking = true;
    try {
      await this.renew();
      await this.claimShare();
    } catch (error) {
      this.deps.log.warn({ err: error }, "lease tick failed");
    } finally {
      this.ticking = false;
    }
  }

  /** The runtime of a session, claiming it when it is wanted and free. */
  async acquire(sessionId: string): Promise<Ownership> {
    const running = this.runtimes.get(sessionId);
    if (running) return { kind: "here", runtime: running, justStarted: false };
    if (this.starting.has(sessionId)) return { kind: "starting" };
    if (this.stopping) return { kind: "elsewhere" };
    const session = await this.deps.leases.claim(sessionId);
    if (session) {
      const runtime = await this.launch(session, { staggered: false });
      return runtime ? { kind: "here", runtime, justStarted: true } : { kind: "idle" };
    }
    return (await this.deps.leases.heldElsewhere(sessionId)) ? { kind: "elsewhere" } : { kind: "idle" };
  }

  /** SIGTERM: closes every connection and releases the leases at once, for another worker to take. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort(new Error("worker stopping"));
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled(this.starting.values());
    await Promise.allSettled([...this.runtimes.values()].map((runtime) => runtime.stop({ lost: false })));
  }

  private async renew() {
    try {
      const held = await this.deps.leases.renew();
      this.lastRenewal = performance.now();
      for (const [id, runtime] of this.runtimes) if (!held.has(id)) await runtime.stop({ lost: true });
    } catch (error) {
      // Out of touch with the database: close the sockets before the lease can run out, so the
      // worker that takes over never finds this one still connected.
      if (performance.now() - this.lastRenewal > this.deps.leaseTtlMs - 2 * this.deps.leaseRenewMs) {
        this.deps.log.error("leases could not be renewed in time: closing every connection");
        await Promise.allSettled([...this.runtimes.values()].map((runtime) => runtime.stop({ lost: true })));
      }
      throw error;
    }
  }

  private async claimShare() {
    const share = await this.deps.leases.fairShare();
    while (!this.stopping && this.runtimes.size + this.starting.size < share) {
      const session = await this.deps.leases.claim();
      if (!session) return;
      void this.launch(session, { staggered: true });
    }
  }

  private launch(session: WaSession, options: { staggered: boolean }): Promise<SessionRuntime | null> {
    const started = (options.staggered ? this.nextStaggerSlot() : Promise.resolve())
      .then(async () => {
        if (this.stopping) {
          await this.deps.leases.release(session.id);
          return null;
        }
        const runtime = this.deps.createRuntime(session, (id) => this.runtimes.delete(id));
        this.runtimes.set(session.id, runtime);
        await this.deps.onClaimed(session.id);
        await runtime.start();
        return runtime;
      })
      .catch(async (error: unknown) => {
        this.deps.log.error({ err: error, sessionId: session.id }, "session failed to start");
        this.runtimes.delete(session.id);
        await this.deps.leases.release(session.id).catch(() => {});
        return null;
      })
      .finally(() => this.starting.delete(session.id));
    this.starting.set(session.id, started);
    return started;
  }

  /** Resolves when the next staggered start may go: one after another, a jittered gap apart. */
  private nextStaggerSlot(): Promise<void> {
    const slot = this.staggerChain;
    this.staggerChain = slot.then(
      () =>
        new Promise((resolve) => {
          const timer = setTimeout(resolve, this.deps.startStaggerMs * (0.5 + Math.random()));
          // Stopping ends the wait at once; the start then sees `stopping` and lets the lease go.
          this.abort.signal.addEventListener(
            "abort",
            () => {
              clearTimeout(timer);
              resolve();
            },
            { once: true },
          );
        }),
    );
    return slot;
  }
}
