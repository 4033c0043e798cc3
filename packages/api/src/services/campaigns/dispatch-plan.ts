import { localDayOf, nextOpenAt, type QuietHours } from "./local-days";

export interface DispatchPolicy {
  timeZone: string;
  quietHours: QuietHours | null;
  /** Messages a campaign may hand to its number per local day; null: only the number's own caps. */
  dailyCap: number | null;
}

export type WaitReason = "quiet_hours" | "daily_cap" | "pacing";

export type DispatchStep =
  | { kind: "release"; count: number }
  | { kind: "wait"; reason: WaitReason; until: number };

/**
 * What the dispatcher may do at `now`: release `count` recipients to the number's queue, or wait
 * (why, and until when; a "pacing" wait lasts until messages in flight go out, so it has no end
 * of its own and `until` is `now`). `releasedToday`: released since the local day began.
 */
export function planDispatch(input: {
  now: number;
  policy: DispatchPolicy;
  releasedToday: number;
  inFlight: number;
  /** How many may be in the number's queue at once. */
  window: number;
}): DispatchStep {
  const { now, policy } = input;
  const open = nextOpenAt(now, policy.timeZone, policy.quietHours);
  if (open > now) return { kind: "wait", reason: "quiet_hours", until: open };
  const capRoom = policy.dailyCap === null ? Number.POSITIVE_INFINITY : policy.dailyCap - input.releasedToday;
  if (capRoom <= 0) {
    const tomorrow = localDayOf(now, policy.timeZone, null).end;
    return {
      kind: "wait",
      reason: "daily_cap",
      until: nextOpenAt(tomorrow, policy.timeZone, policy.quietHours),
    };
  }
  const room = Math.min(capRoom, input.window - input.inFlight);
  if (room <= 0) return { kind: "wait", reason: "pacing", until: now };
  return { kind: "release", count: room };
}

/**
 * When the last of `remaining` messages should go out, one every `gapMs`, outside quiet hours and
 * within the daily cap (local days in the organisation's zone): campaigns spread over several days
 * when they must. Walks day by day, so a large campaign costs a few steps per day, not per message.
 */
export function estimateFinish(input: {
  now: number;
  remaining: number;
  gapMs: number;
  policy: DispatchPolicy;
  releasedToday: number;
}): number {
  const { policy, gapMs } = input;
  let left = input.remaining;
  let t = input.now;
  let usedToday = input.releasedToday;
  if (left <= 0) return t;
  for (let days = 0; days < 3660; days++) {
    const day = localDayOf(t, policy.timeZone, policy.quietHours);
    let capRoom = policy.dailyCap === null ? Number.POSITIVE_INFINITY : policy.dailyCap - usedToday;
    // The open stretches of the day from t on, each filled at one message per gap.
    for (const [from, to] of openStretches(day, t)) {
      if (capRoom <= 0) break;
      const fits = Math.min(Math.floor((to - from - 1) / Math.max(gapMs, 1)) + 1, capRoom);
      if (fits >= left) return from + (left - 1) * gapMs;
      left -= fits;
      capRoom -= fits;
    }
    t = day.end;
    usedToday = 0;
  }
  return t;
}

function openStretches(day: ReturnType<typeof localDayOf>, from: number): [number, number][] {
  const stretches: [number, number][] = [];
  let cursor = Math.max(from, day.start);
  for (const quiet of [...day.quiet].sort((a, b) => a.from - b.from)) {
    if (quiet.from > cursor) stretches.push([cursor, quiet.from]);
    cursor = Math.max(cursor, quiet.to);
  }
  if (cursor < day.end) stretches.push([cursor, day.end]);
  return stretches;
}
