import { locales, waMessageStatuses } from "@taqweem/db";
import { z } from "zod";
import { id } from "../shared-inputs";

export const listMessagesInput = z.object({
  sessionId: id.optional(),
  status: z.enum(waMessageStatuses).optional(),
  /** Created at or after / at or before. */
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  /** The `createdAt`/`id` of the last message of the previous page. */
  cursor: z.object({ createdAt: z.coerce.date(), id }).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export type MessageFilter = z.infer<typeof listMessagesInput>;

const common = {
  sessionId: id,
  body: z.string().trim().min(1).max(4096),
  language: z.enum(locales).default("en"),
};

/** A phone number (E.164, or local to the organisation's country) or one of the session's groups. */
export const testSendInput = z.discriminatedUnion("recipientType", [
  z.object({ ...common, recipientType: z.literal("contact"), phone: z.string().trim().min(4).max(32) }),
  z.object({ ...common, recipientType: z.literal("group"), groupId: id }),
]);

export type TestSend = z.infer<typeof testSendInput>;
