import { listNotifications, listNotificationsInput } from "../../services/notifications/queries";
import { protectedProcedure } from "../../trpc";

export const listNotificationsProcedure = protectedProcedure
  .input(listNotificationsInput)
  .query(({ ctx, input }) => listNotifications(ctx.db, ctx.session, input));
