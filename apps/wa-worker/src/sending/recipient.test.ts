import { describe, expect, it } from "vitest";
import { providerMessageId } from "./message-id";
import { recipientOf } from "./recipient";

describe("recipients and message ids", () => {
  it("normalises numbers to E.164 (UAE by default) and refuses invalid ones", () => {
    expect(recipientOf({ recipientType: "contact", recipient: "050 123 4567" }, "AE")).toEqual({
      ok: true,
      jid: "971501234567@s.whatsapp.net",
    });
    expect(recipientOf({ recipientType: "contact", recipient: "+44 7911 123456" }, "AE")).toEqual({
      ok: true,
      jid: "447911123456@s.whatsapp.net",
    });
    expect(recipientOf({ recipientType: "contact", recipient: "12345" }, "AE")).toEqual({
      ok: false,
      error: "invalid_phone",
    });
    expect(recipientOf({ recipientType: "group", recipient: "120363001@g.us" }, "AE")).toMatchObject({
      ok: true,
    });
    expect(recipientOf({ recipientType: "group", recipient: "+971501234567" }, "AE")).toEqual({
      ok: false,
      error: "invalid_group",
    });
  });

  it("derives the same WhatsApp message id from the same row, shaped like Baileys' ids", () => {
    const id = crypto.randomUUID();
    expect(providerMessageId(id)).toBe(providerMessageId(id));
    expect(providerMessageId(id)).toMatch(/^3EB0[0-9A-F]{18}$/);
    expect(providerMessageId(crypto.randomUUID())).not.toBe(providerMessageId(id));
  });
});
