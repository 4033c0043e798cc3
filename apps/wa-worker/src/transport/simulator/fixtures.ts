import { createHash, randomBytes } from "node:crypto";
import type { AuthenticationCreds } from "@whiskeysockets/baileys";
import type { GroupInfo } from "../types";

const digitsOf = (seed: string, count: number) =>
  BigInt(`0x${createHash("sha256").update(seed).digest("hex").slice(0, 16)}`)
    .toString()
    .padStart(count, "0")
    .slice(-count);

/** A stable made-up UAE mobile number for a simulated session. */
export const simulatedPhone = (sessionId: string) => `+9715${digitsOf(`phone:${sessionId}`, 8)}`;

const groupNames = [
  "Staff announcements · إعلانات الموظفين",
  "Events team · فريق الفعاليات",
  "Volunteers · المتطوعون",
  "Management · الإدارة",
];

/** The groups a simulated number belongs to: the same every time for the same session. */
export function simulatedGroups(sessionId: string, count: number): GroupInfo[] {
  return Array.from({ length: count }, (_, index) => ({
    jid: `120363${digitsOf(`group:${sessionId}:${index}`, 12)}@g.us`,
    name: groupNames[index] ?? `Group ${index + 1} · مجموعة ${index + 1}`,
    participantCount: 5 + ((index * 37) % 200),
    announceOnly: index === 0,
  }));
}

/**
 * A QR payload shaped like Baileys' (ref, noise key, identity key, adv secret) with a made-up
 * ref: it renders as a real QR code that no phone can use.
 */
export function simulatedQr(creds: AuthenticationCreds): string {
  const ref = `2@sim${randomBytes(45).toString("base64")}`;
  return [
    ref,
    Buffer.from(creds.noiseKey.public).toString("base64"),
    Buffer.from(creds.signedIdentityKey.public).toString("base64"),
    creds.advSecretKey,
  ].join(",");
}

const CROCKFORD = "123456789ABCDEFGHJKLMNPQRSTVWXYZ";
export const simulatedPairingCode = () =>
  Array.from(randomBytes(8), (byte) => CROCKFORD[byte % CROCKFORD.length]).join("");
