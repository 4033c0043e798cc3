import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";

/** Carries only the message id: the row in wa_messages is the message. */
export const waSendPayload = z.object({ messageId: z.uuid() });

export const waSendQueue = defineQueue("wa.send", waSendPayload, {
  retryLimit: 8,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 15 * 60,
  // A send holds the job through a short pacing wait, "typing" and the server ack.
  expireInSeconds: 10 * 60,
  // A worker that dies mid-send stops heartbeating; pg-boss then retries the job elsewhere.
  heartbeatSeconds: 30,
});

/**
 * Send options that put a session's sends in one pg-boss group: the worker takes at most one
 * active job per group, so the next jobs it fetches are other sessions' and sessions send side by
 * side while each still sends one at a time. Without a session (the default one) no group.
 */
export const waSendGroup = (sessionId: string | null | undefined) =>
  sessionId ? { group: { id: sessionId } } : {};

/** What the web app asks of the worker that owns a session. */
export const waSimulatorActions = ["scan", "drop", "logout", "ban", "restrict"] as const;
export type WaSimulatorAction = (typeof waSimulatorActions)[number];

const sessionCommand = { sessionId: z.uuid() };
export const waCommandPayload = z.discriminatedUnion("action", [
  /** Connect; a session without credentials shows a QR, or a pairing code for `pairingPhone`. */
  z.object({ ...sessionCommand, action: z.literal("link") }),
  /** Log out on WhatsApp and wipe the stored credentials. */
  z.object({ ...sessionCommand, action: z.literal("logout") }),
  /** Log out, then delete the session and everything it owns. */
  z.object({ ...sessionCommand, action: z.literal("delete") }),
  z.object({ ...sessionCommand, action: z.literal("sync_groups") }),
  /** Simulator controls (refused by a Baileys session). */
  z.object({ ...sessionCommand, action: z.literal("simulate"), event: z.enum(waSimulatorActions) }),
  /**
   * Simulator: a message arrives from `from`, a phone (E.164) or a linked id ("123456789@lid").
   * With `lidPhone`, WhatsApp first tells the session which phone the linked id belongs to.
   */
  z.object({
    ...sessionCommand,
    action: z.literal("simulate_inbound"),
    from: z.string().regex(/^(\+\d{6,15}|\d{6,20}@lid)$/),
    text: z.string().min(1).max(4096),
    lidPhone: z
      .string()
      .regex(/^\+\d{6,15}$/)
      .optional(),
  }),
]);
export type WaCommand = z.infer<typeof waCommandPayload>;
export type WaSimulatedInbound = Omit<
  Extract<WaCommand, { action: "simulate_inbound" }>,
  "action" | "sessionId"
>;

export const waCommandQueue = defineQueue("wa.command", waCommandPayload, {
  retryLimit: 3,
  retryDelay: 2,
  expireInSeconds: 2 * 60,
});

export const whatsappQueues: QueueDefinition[] = [waSendQueue, waCommandQueue];
