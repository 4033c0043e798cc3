import { createTRPCRouter } from "../../trpc";
import { dashboardAgendaProcedure } from "./agenda";
import { eventsPerMonthProcedure } from "./events-per-month";
import { failedEmailsProcedure } from "./failed-emails";
import { failedWhatsAppProcedure } from "./failed-whatsapp";
import { dashboardMyTasksProcedure } from "./my-tasks";
import { overdueByDepartmentProcedure } from "./overdue-by-department";
import { unassignedEventsProcedure } from "./unassigned-events";
import { whatsappAttentionProcedure } from "./whatsapp-attention";

/**
 * The home page, one procedure per section: each is refreshed on its own, and a section is only
 * answered to a role that may see it.
 */
export const dashboardRouter = createTRPCRouter({
  agenda: dashboardAgendaProcedure,
  myTasks: dashboardMyTasksProcedure,
  eventsPerMonth: eventsPerMonthProcedure,
  overdueByDepartment: overdueByDepartmentProcedure,
  unassignedEvents: unassignedEventsProcedure,
  whatsappAttention: whatsappAttentionProcedure,
  failedEmails: failedEmailsProcedure,
  failedWhatsApp: failedWhatsAppProcedure,
});
