import { locales } from "@taqweem/db";
import { z } from "zod";
import { sendTestMessage } from "../../../services/whatsapp/messages";
import { waAdminProcedure } from "../procedure";

const common = {
  sessionId: z.uuid(),
  body: z.string().trim().min(1).max(4096),
  language: z.enum(locales).default("en"),
};

/** A phone number (E.164, or local UAE) or one of the session's groups. */
export const testSendInput = z.discriminatedUnion("recipientType", [
  z.object({ ...common, recipientType: z.literal("contact"), phone: z.string().trim().min(4).max(32) }),
  z.object({ ...common, recipientType: z.literal("group"), groupId: z.uuid() }),
]);

export const testSendProcedure = waAdminProcedure
  .input(testSendInput)
  .mutation(async ({ ctx, input }) => sendTestMessage(ctx.db, await ctx.boss(), ctx.session, input));
