import { waMessageStatuses } from "@taqweem/db";
import { z } from "zod";
import { listMessages } from "../../../services/whatsapp/messages";
import { waAdminProcedure } from "../procedure";

export const listMessagesInput = z.object({
  sessionId: z.uuid().optional(),
  status: z.enum(waMessageStatuses).optional(),
  /** Created at or after / at or before. */
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  cursor: z.object({ createdAt: z.coerce.date(), id: z.uuid() }).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const listMessagesProcedure = waAdminProcedure
  .input(listMessagesInput)
  .query(({ ctx, input }) => listMessages(ctx.db, ctx.session.orgId, input));
