import { describe, expect, it } from "vitest";
import { parseEvent } from "./events";

describe("parseEvent", () => {
  const reply = {
    type: "ping.reply",
    orgId: crypto.randomUUID(),
    userId: crypto.randomUUID(),
    pingId: crypto.randomUUID(),
    kind: "scraper",
    host: "h1",
    workerId: crypto.randomUUID(),
    sentAt: new Date().toISOString(),
    answeredAt: new Date().toISOString(),
  };

  it("reads a known event", () => {
    expect(parseEvent(JSON.stringify(reply))).toEqual(reply);
  });

  it("ignores malformed JSON, unknown types and events with missing fields", () => {
    expect(parseEvent("{not json")).toBeNull();
    expect(parseEvent(JSON.stringify({ type: "something.else" }))).toBeNull();
    expect(parseEvent(JSON.stringify({ ...reply, pingId: "nope" }))).toBeNull();
  });
});
