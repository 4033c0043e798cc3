export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { type CampaignConfig, campaignConfigFromEnv, type EmailConfig, emailConfigFromEnv } from "./config";
export * from "./context";
export * from "./domain-error";
export * from "./errors";
export { getProducerBoss } from "./producer";
export { type AppRouter, appRouter, createCaller } from "./root";
export { passwordProblem } from "./services/account/password-policy";
export {
  eventDownloadResponse,
  privateFeedResponse,
  publicFeedResponse,
} from "./services/calendar-feeds/responses";
export { dispatchCampaign } from "./services/campaigns/dispatch";
export { startCampaign, startScheduled } from "./services/campaigns/lifecycle";
export { queueEmail } from "./services/email/outbox";
export { createEmailSender } from "./services/email/send";
export { checkHealth, type Health } from "./services/health";
export { type LoginResult, verifyLogin } from "./services/login";
export type { LoginLimits } from "./services/login-limits";
export { hashPassword } from "./services/passwords";
export { fireReminder } from "./services/reminders/fire";
export { rescheduleEventReminders } from "./services/reminders/schedule";
export { seedDefaults, seedDevelopment } from "./services/seed";
export { type ImportRunOptions, importRun } from "./services/sources/import-run";
export { createUser, ensureOrganisation, findOrganisationBySlug } from "./services/users";
export { announceEventChange, type EventChange, eventChangeOf } from "./services/whatsapp/announce";
export { enqueueWhatsApps } from "./services/whatsapp/enqueue";
export { registerWebJobs } from "./web-jobs";
