import { type Env, type EnvVariables, settingsFromEnv, wholeNumber } from "@taqweem/db/env";
import { z } from "zod";

/**
 * Every setting of the API package, in sections read separately and on each call: a bad e-mail
 * setting does not stop sign-in, and tests that change the environment at run time see the change.
 */
export const apiConfigSchema = z.object({
  site: z.object({
    /** Public base URL of the web app; links in e-mails and WhatsApp messages start with it. */
    authUrl: z.url({ error: "must be the app's public URL, e.g. https://taqweem.example.org" }).optional(),
    /** Whose events the public calendar shows when the request names no organisation. */
    publicOrgSlug: z.string().optional(),
  }),
  login: z.object({
    /** Failures allowed for one account from one address before that pair is refused. */
    perAccount: wholeNumber().default(5),
    /** Failures allowed from one address across all accounts before it is refused. */
    perIp: wholeNumber().default(20),
    /** Failures on one account (all addresses) after which each attempt on it is slowed down. */
    slowdownAfterFailures: wholeNumber().default(20),
  }),
  email: z.object({
    /** Null: no provider; messages are captured for the admin Mailbox instead of sent. */
    apiKey: z.string().nullable().default(null),
    from: z.string().default("Taqweem <no-reply@taqweem.local>"),
    /** Resend API base URL; tests point it at a local server that answers like Resend. */
    baseUrl: z.url({ error: "must be a URL" }).optional(),
  }),
  sources: z.object({
    /**
     * A run that finds fewer than this percentage of the events of its source's last good run
     * (or none) is marked suspect and changes nothing.
     */
    suspectPercent: wholeNumber(1).max(100, { error: "must be a percentage (1–100)" }).default(50),
  }),
  campaigns: z.object({
    /** How often a running campaign's dispatcher looks again while its messages are in flight. */
    tickMs: wholeNumber(50).default(5_000),
    /** Messages a campaign keeps in its number's queue when the number's pacing is off (simulator). */
    unpacedWindow: wholeNumber(1).default(100),
    /** A scheduled campaign found later than this after its time waits for staff to confirm. */
    startGraceSeconds: wholeNumber(0).default(600),
    /** A number not connected for longer than this pauses its running campaigns. */
    disconnectGraceSeconds: wholeNumber(0).default(120),
  }),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;
export type CampaignConfig = ApiConfig["campaigns"];
export type EmailConfig = ApiConfig["email"];

const variables = {
  site: { authUrl: "AUTH_URL", publicOrgSlug: "PUBLIC_ORG_SLUG" },
  login: {
    perAccount: "LOGIN_MAX_FAILURES_PER_ACCOUNT",
    perIp: "LOGIN_MAX_FAILURES_PER_IP",
    slowdownAfterFailures: "LOGIN_SLOWDOWN_AFTER_FAILURES",
  },
  email: { apiKey: "RESEND_API_KEY", from: "EMAIL_FROM", baseUrl: "RESEND_BASE_URL" },
  sources: { suspectPercent: "SCRAPER_SUSPECT_PERCENT" },
  campaigns: {
    tickMs: "CAMPAIGN_TICK_MS",
    unpacedWindow: "CAMPAIGN_UNPACED_WINDOW",
    startGraceSeconds: "CAMPAIGN_START_GRACE_SECONDS",
    disconnectGraceSeconds: "CAMPAIGN_DISCONNECT_GRACE_SECONDS",
  },
} as const satisfies EnvVariables<z.input<typeof apiConfigSchema>>;

export function siteConfigFromEnv(env: Env = process.env): ApiConfig["site"] {
  return settingsFromEnv(apiConfigSchema.shape.site, variables.site, env);
}

export function loginConfigFromEnv(env: Env = process.env): ApiConfig["login"] {
  return settingsFromEnv(apiConfigSchema.shape.login, variables.login, env);
}

export function emailConfigFromEnv(env: Env = process.env): EmailConfig {
  return settingsFromEnv(apiConfigSchema.shape.email, variables.email, env);
}

export function sourcesConfigFromEnv(env: Env = process.env): ApiConfig["sources"] {
  return settingsFromEnv(apiConfigSchema.shape.sources, variables.sources, env);
}

export function campaignConfigFromEnv(env: Env = process.env): CampaignConfig {
  return settingsFromEnv(apiConfigSchema.shape.campaigns, variables.campaigns, env);
}

/** The web app's base URL for links: AUTH_URL without a trailing slash, else the development server. */
export function publicBaseUrl(env: Env = process.env): string {
  return (siteConfigFromEnv(env).authUrl ?? "http://localhost:3000").replace(/\/+$/, "");
}
