import { describe, expect, it } from "vitest";
import { messageFilterQuery, messageListInput, parseMessageFilters } from "./message-filters-url";

const session = "0b6f4d0e-8a44-4a7c-9a3c-5d2f1e0c9b11";

describe("message filters in the address", () => {
  it("reads what it knows and ignores the rest", () => {
    expect(
      parseMessageFilters(
        new URLSearchParams(`session=${session}&status=read&from=2026-03-01&to=2026-03-31`),
      ),
    ).toEqual({ session, status: "read", from: "2026-03-01", to: "2026-03-31" });
    expect(
      parseMessageFilters({ session: "nope", status: "lost", from: "1 March", to: ["2026-03-02"] }),
    ).toEqual({
      session: "",
      status: "",
      from: "",
      to: "2026-03-02",
    });
  });

  it("writes only the filters in use, and reads them back", () => {
    const state = { session: "", status: "failed" as const, from: "2026-03-01", to: "" };
    expect(messageFilterQuery(state)).toEqual({ status: "failed", from: "2026-03-01" });
    expect(parseMessageFilters(new URLSearchParams(messageFilterQuery(state)))).toEqual(state);
  });

  it("turns days into the organisation's whole days", () => {
    const input = messageListInput(
      { session, status: "", from: "2026-03-01", to: "2026-03-02" },
      "Asia/Dubai",
    );
    expect(input).toEqual({
      limit: 50,
      sessionId: session,
      from: new Date("2026-02-28T20:00:00.000Z"),
      to: new Date("2026-03-02T19:59:59.999Z"),
    });
  });

  it("refuses a period that ends before it starts", () => {
    expect(
      messageListInput({ session: "", status: "", from: "2026-03-05", to: "2026-03-01" }, "UTC"),
    ).toBeNull();
  });
});
