import { createHash } from "node:crypto";

/**
 * The WhatsApp message id of one of our messages, derived from its row id in the shape Baileys
 * uses ("3EB0" and 18 hex digits). Every attempt of the same row sends the same id, so a retried
 * job never shows the recipient a second message.
 */
export function providerMessageId(rowId: string): string {
  return `3EB0${createHash("sha256").update(`taqweem:${rowId}`).digest("hex").toUpperCase().slice(0, 18)}`;
}
