import type { WaPacing } from "@taqweem/db";

const HOUR = 3_600_000;
// A reservation nobody used for this long is dropped (its job went elsewhere or was cancelled).
const RESERVATION_LIFETIME_MS = 15 * 60_000;

/**
 * Hands out send times for one session: random gaps between sends and a long pause after each
 * batch. A job that comes back keeps the time it was given (reservations are by message id).
 */
export class Pacer {
  private lastSlot: number | null = null;
  private inBatch = 0;
  private readonly reservations = new Map<string, number>();

  constructor(private readonly random: () => number = Math.random) {}

  /** The time (ms since epoch) this message may go out. */
  reserve(messageId: string, pacing: WaPacing, now: number): number {
    if (!pacing.enabled) return now;
    this.forgetStale(now);
    const reserved = this.reservations.get(messageId);
    if (reserved !== undefined) return reserved;

    const pauseMs = pacing.batchPauseMinutes * 60_000;
    if (this.lastSlot === null || now - this.lastSlot >= pauseMs) this.inBatch = 0;
    const gapMs =
      (pacing.minGapSeconds + (pacing.maxGapSeconds - pacing.minGapSeconds) * this.random()) * 1000;
    let slot = this.lastSlot === null ? now : this.lastSlot + gapMs;
    if (this.inBatch >= pacing.batchSize) {
      slot = Math.max(slot, (this.lastSlot ?? now) + pauseMs);
      this.inBatch = 0;
    }
    slot = Math.max(now, Math.round(slot));
    this.lastSlot = slot;
    this.inBatch += 1;
    this.reservations.set(messageId, slot);
    return slot;
  }

  release(messageId: string): void {
    this.reservations.delete(messageId);
  }

  private forgetStale(now: number) {
    for (const [id, slot] of this.reservations)
      if (slot < now - RESERVATION_LIFETIME_MS) this.reservations.delete(id);
  }
}

/** How long "typing…" shows before a message: longer texts type longer, up to the cap. */
export function typingMs(pacing: WaPacing, text: string): number {
  if (!pacing.enabled || !pacing.typing) return 0;
  return Math.round(
    Math.min(pacing.maxTypingSeconds, Math.max(1, text.length / pacing.typingCharsPerSecond)) * 1000,
  );
}

export interface SentCounts {
  lastHour: number;
  lastDay: number;
  /** Send times (ms) of the oldest messages still inside each window, for "when is there room". */
  oldestInHour: number | null;
  oldestInDay: number | null;
}

/** Milliseconds until the hourly and daily caps leave room for one more message (0: now). */
export function capWaitMs(pacing: WaPacing, counts: SentCounts, now: number): number {
  if (!pacing.enabled) return 0;
  let wait = 0;
  if (counts.lastHour >= pacing.hourlyCap && counts.oldestInHour !== null)
    wait = Math.max(wait, counts.oldestInHour + HOUR - now);
  if (counts.lastDay >= pacing.dailyCap && counts.oldestInDay !== null)
    wait = Math.max(wait, counts.oldestInDay + 24 * HOUR - now);
  return Math.max(0, wait);
}
