import { z } from "zod";
import { listNotifications } from "../../services/notifications/queries";
import { protectedProcedure } from "../../trpc";
import { cursorInput, limitInput } from "../inputs";

export const listNotificationsInput = z
  .object({ limit: limitInput(100, 20), unreadOnly: z.boolean().default(false), cursor: cursorInput })
  .default({ limit: 20, unreadOnly: false });

export const listNotificationsProcedure = protectedProcedure
  .input(listNotificationsInput)
  .query(({ ctx, input }) => listNotifications(ctx.db, ctx.session, input));
