import { ConfigError } from "@taqweem/db/env";
import {
  campaignDispatchQueue,
  campaignStartQueue,
  emailSendQueue,
  reminderFireQueue,
  scrapeImportQueue,
  scrapeSigningConfigFromEnv,
} from "@taqweem/jobs";
import type { WorkerContext } from "@taqweem/jobs/runtime";
import {
  type CampaignConfig,
  campaignConfigFromEnv,
  type EmailConfig,
  emailConfigFromEnv,
  sourcesConfigFromEnv,
} from "./config";
import { dispatchCampaign } from "./services/campaigns/dispatch";
import { startScheduled } from "./services/campaigns/lifecycle";
import { createEmailSender } from "./services/email/send";
import { fireReminder } from "./services/reminders/fire";
import { type ImportRunOptions, importRun } from "./services/sources/import-run";

/** The importer's settings from the environment; null (imports wait in their queue) without a signing secret. */
function scrapeImportFromEnv(ctx: WorkerContext): Omit<ImportRunOptions, "now"> | null {
  try {
    const signing = scrapeSigningConfigFromEnv();
    return { ...signing, suspectRatio: sourcesConfigFromEnv().suspectPercent / 100 };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    ctx.log.error({ err: error.message }, "scrape imports disabled: the signing secret is not configured");
    return null;
  }
}

/**
 * The web-jobs handlers of this package: e-mail delivery, reminders, scrape imports and campaigns.
 * Pass as (part of) `setup`.
 */
export async function registerWebJobs(
  ctx: WorkerContext,
  options: {
    email?: EmailConfig;
    scrapeImport?: Omit<ImportRunOptions, "now">;
    campaigns?: CampaignConfig;
  } = {},
): Promise<void> {
  const email = options.email ?? emailConfigFromEnv();
  const sendEmail = createEmailSender(email);
  const retryLimit = emailSendQueue.options.retryLimit ?? 0;
  ctx.log.info({ email: email.apiKey ? "resend" : "captured" }, "e-mail delivery");
  await ctx.work(
    emailSendQueue,
    ({ emailId }, job) => sendEmail(ctx.db, emailId, { retryCount: job.retryCount, retryLimit }),
    // Four per 2-second poll keeps within Resend's default rate limit of two requests a second.
    { batchSize: 4 },
  );
  await ctx.work(reminderFireQueue, (payload, job) => fireReminder(ctx.db, ctx.boss, payload, job.id));
  const scrapeImport = options.scrapeImport ?? scrapeImportFromEnv(ctx);
  if (scrapeImport) {
    await ctx.work(scrapeImportQueue, async ({ runId }) => {
      const outcome = await importRun(ctx.db, ctx.boss, runId, scrapeImport);
      ctx.log.info({ runId, ...outcome }, "scrape result handled");
    });
  }
  const campaigns = options.campaigns ?? campaignConfigFromEnv();
  await ctx.work(campaignStartQueue, (payload) =>
    startScheduled(ctx.db, ctx.boss, payload, campaigns.startGraceSeconds * 1000),
  );
  // Every dispatch is deferred: poll at the campaign tick (at most every 2 s) so runs come on time.
  await ctx.work(campaignDispatchQueue, (payload) => dispatchCampaign(ctx.db, ctx.boss, payload, campaigns), {
    pollingIntervalSeconds: Math.max(0.5, Math.min(2, campaigns.tickMs / 1000)),
    batchSize: 10,
    parallel: true,
  });
}
