import { unreadCount } from "../../services/notifications/queries";
import { protectedProcedure } from "../../trpc";

export const unreadCountProcedure = protectedProcedure.query(async ({ ctx }) => ({
  unread: await unreadCount(ctx.db, ctx.session),
}));
