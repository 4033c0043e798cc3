import { calendarFeedsRouter } from "./routers/calendar-feeds/router";
import { campaignsRouter } from "./routers/campaigns/router";
import { categoriesRouter } from "./routers/categories/router";
import { contactsRouter } from "./routers/contacts/router";
import { dashboardRouter } from "./routers/dashboard/router";
import { departmentsRouter } from "./routers/departments/router";
import { eventsRouter } from "./routers/events/router";
import { healthRouter } from "./routers/health/router";
import { mailboxRouter } from "./routers/mailbox/router";
import { meRouter } from "./routers/me/router";
import { notificationsRouter } from "./routers/notifications/router";
import { publicCalendarRouter } from "./routers/public-calendar/router";
import { remindersRouter } from "./routers/reminders/router";
import { sourcesRouter } from "./routers/sources/router";
import { systemRouter } from "./routers/system/router";
import { taskTemplatesRouter } from "./routers/task-templates/router";
import { tasksRouter } from "./routers/tasks/router";
import { usersRouter } from "./routers/users/router";
import { whatsappRouter } from "./routers/whatsapp/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  health: healthRouter,
  me: meRouter,
  users: usersRouter,
  system: systemRouter,
  events: eventsRouter,
  categories: categoriesRouter,
  calendarFeeds: calendarFeedsRouter,
  publicCalendar: publicCalendarRouter,
  whatsapp: whatsappRouter,
  contacts: contactsRouter,
  departments: departmentsRouter,
  taskTemplates: taskTemplatesRouter,
  tasks: tasksRouter,
  reminders: remindersRouter,
  notifications: notificationsRouter,
  mailbox: mailboxRouter,
  dashboard: dashboardRouter,
  sources: sourcesRouter,
  campaigns: campaignsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
