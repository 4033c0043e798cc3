import type { WAMessage } from "@whiskeysockets/baileys";
import { describe, expect, it } from "vitest";
import { inboundFromMessage, lidMappingEvent } from "./inbound";

// The key store as Baileys' LIDMappingStore leaves it: "<lid user>_reverse" → phone digits.
const keys = {
  get: async (_type: string, ids: string[]) =>
    Object.fromEntries(ids.filter((id) => id === "555000111_reverse").map((id) => [id, "971501234567"])),
} as never;

const message = (key: WAMessage["key"], text = "STOP"): WAMessage => ({
  key,
  message: { conversation: text },
  messageTimestamp: 1_764_000_000,
});

describe("inboundFromMessage", () => {
  it("reads a phone sender's text and time", async () => {
    const event = await inboundFromMessage(
      message({ id: "A1", remoteJid: "971501234567@s.whatsapp.net" }),
      keys,
    );
    expect(event).toEqual({
      type: "inbound",
      messageId: "A1",
      sender: "+971501234567",
      phone: "+971501234567",
      text: "STOP",
      at: new Date(1_764_000_000_000),
    });
  });

  it("resolves a linked id by the phone sent beside it, else by the session's key store", async () => {
    const withAlt = await inboundFromMessage(
      message({ id: "A2", remoteJid: "777@lid", remoteJidAlt: "971509999999@s.whatsapp.net" }),
      keys,
    );
    expect(withAlt).toMatchObject({ sender: "777@lid", phone: "+971509999999" });
    const stored = await inboundFromMessage(message({ id: "A3", remoteJid: "555000111:2@lid" }), keys);
    expect(stored).toMatchObject({ sender: "555000111@lid", phone: "+971501234567" });
    const unknown = await inboundFromMessage(message({ id: "A4", remoteJid: "123123@lid" }), keys);
    expect(unknown).toMatchObject({ sender: "123123@lid", phone: null });
  });

  it("leaves out our own messages, groups, broadcasts and messages without text", async () => {
    for (const key of [
      { id: "B1", remoteJid: "971501234567@s.whatsapp.net", fromMe: true },
      { id: "B2", remoteJid: "120363041234567890@g.us", participant: "971501234567@s.whatsapp.net" },
      { id: "B3", remoteJid: "status@broadcast" },
    ])
      expect(await inboundFromMessage(message(key), keys)).toBeNull();
    const image: WAMessage = { key: { id: "B4", remoteJid: "971501234567@s.whatsapp.net" }, message: {} };
    expect(await inboundFromMessage(image, keys)).toBeNull();
  });
});

describe("lidMappingEvent", () => {
  it("reads a mapping given in either order", () => {
    const expected = { type: "lid_mapping", lid: "555000111@lid", phone: "+971501234567" };
    expect(lidMappingEvent({ lid: "555000111@lid", pn: "971501234567@s.whatsapp.net" })).toEqual(expected);
    expect(lidMappingEvent({ lid: "971501234567@s.whatsapp.net", pn: "555000111@lid" })).toEqual(expected);
  });
});
