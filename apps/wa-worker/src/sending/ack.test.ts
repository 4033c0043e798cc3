import { afterEach, describe, expect, it, vi } from "vitest";
import { ackStep, createAckWatch, NO_SERVER_ACK } from "./ack";

const at = (iso: string) => new Date(iso);
const now = at("2027-01-10T06:00:00Z").getTime();

describe("waiting for WhatsApp's acknowledgement", () => {
  afterEach(() => vi.useRealTimers());

  it("sends a message never tried, waits while its acknowledgement is due, sends once more, then fails", () => {
    expect(ackStep({ ackDeadlineAt: null, error: null }, now)).toEqual({ kind: "send", retry: false });
    expect(ackStep({ ackDeadlineAt: at("2027-01-10T06:00:05Z"), error: null }, now)).toEqual({
      kind: "wait",
      ms: 5_000,
    });
    expect(ackStep({ ackDeadlineAt: at("2027-01-10T05:59:59Z"), error: null }, now)).toEqual({
      kind: "send",
      retry: true,
    });
    // A pause reason from before is not the retry marker.
    expect(ackStep({ ackDeadlineAt: at("2027-01-10T05:59:59Z"), error: "restricted_463" }, now)).toEqual({
      kind: "send",
      retry: true,
    });
    expect(ackStep({ ackDeadlineAt: at("2027-01-10T05:59:59Z"), error: NO_SERVER_ACK }, now)).toEqual({
      kind: "fail",
    });
  });

  it("puts a message back at its deadline unless a receipt settles it first", () => {
    vi.useFakeTimers();
    const overdue = vi.fn();
    const acks = createAckWatch(overdue);
    acks.expect("s1", "3EB0A", "row-a", 1_000);
    acks.expect("s1", "3EB0B", "row-b", 1_000);
    acks.expect("s2", "3EB0A", "row-c", 1_000);
    acks.settle("s1", "3EB0A");
    vi.advanceTimersByTime(999);
    expect(overdue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(overdue.mock.calls).toEqual([
      ["row-b", "s1"],
      ["row-c", "s2"],
    ]);
    expect(acks.size).toBe(0);

    acks.expect("s1", "3EB0D", "row-d", 1_000);
    acks.clear();
    vi.advanceTimersByTime(5_000);
    expect(overdue).toHaveBeenCalledTimes(2);
  });
});
