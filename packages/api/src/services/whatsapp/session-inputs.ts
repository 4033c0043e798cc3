import { waPacingSchema } from "@taqweem/db";
import { waSimulatorActions } from "@taqweem/jobs";
import { z } from "zod";
import { id } from "../shared-inputs";

export const sessionTarget = z.object({ sessionId: id });

export const createSessionInput = z.object({ name: z.string().trim().min(1).max(80) });

export const renameSessionInput = sessionTarget.extend(createSessionInput.shape);

/** QR (shown live as `wa.session` events) or a pairing code for the number that will be linked. */
export const linkSessionInput = z.discriminatedUnion("method", [
  sessionTarget.extend({ method: z.literal("qr") }),
  sessionTarget.extend({ method: z.literal("pairing"), phone: z.string().trim().min(4).max(32) }),
]);

export type LinkRequest = z.infer<typeof linkSessionInput>;

/** Simulator controls: scan the QR / confirm the pairing code, drop, remote logout, ban, refuse the next send (463). */
export const simulateInput = sessionTarget.extend({ action: z.enum(waSimulatorActions) });

/**
 * Simulator: a message arrives from `from`, a phone number (read in the organisation's country) or
 * a linked id ("123456789@lid"); `lidPhone` is the phone WhatsApp maps that linked id to.
 */
export const simulateInboundInput = sessionTarget.extend({
  from: z.string().trim().min(4).max(40),
  text: z.string().trim().min(1).max(4096),
  lidPhone: z.string().trim().max(32).optional(),
});
export type SimulateInbound = z.infer<typeof simulateInboundInput>;

export const updatePacingInput = sessionTarget.extend({ pacing: waPacingSchema });
