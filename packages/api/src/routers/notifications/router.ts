import { createTRPCRouter } from "../../trpc";
import { listNotificationsProcedure } from "./list";
import { markAllReadProcedure, markReadProcedure } from "./mark-read";
import { unreadCountProcedure } from "./unread-count";

export const notificationsRouter = createTRPCRouter({
  list: listNotificationsProcedure,
  unreadCount: unreadCountProcedure,
  markRead: markReadProcedure,
  markAllRead: markAllReadProcedure,
});
