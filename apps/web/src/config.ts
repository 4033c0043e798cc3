import { type Env, port, runsInProduction, settingsFromEnv } from "@taqweem/db/env";
import { z } from "zod";

/**
 * Every setting of the web app and its web-jobs process, read from the environment on each call.
 * AUTH_URL belongs to the API package (links in messages are built from it): see siteConfigFromEnv.
 */
export const webConfigSchema = z.object({
  production: z.boolean(),
  /** HTTP port of the web app. */
  port: port().default(3000),
  /** Port of web-jobs' /health and /metrics. */
  jobsPort: port().default(3101),
  /** Signs sessions; Auth.js reads it itself, the proxy needs it to read the session cookie. */
  authSecret: z.string().optional(),
  /** Build URLs from the Host / X-Forwarded-* headers; unset: see auth.config.ts. */
  authTrustHost: z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((value) => value === "true")
    .optional(),
  /** When X-Forwarded-For is believed for the sign-in limits (see server/trusted-proxies.ts). */
  trustedProxies: z.string().optional(),
  /** Further hosts the development server serves its scripts to (see lib/dev-origins.ts). */
  devAllowedOrigins: z.string().default(""),
});
export type WebConfig = z.infer<typeof webConfigSchema>;

export function webConfigFromEnv(env: Env = process.env): WebConfig {
  return settingsFromEnv(
    webConfigSchema,
    {
      port: "PORT",
      jobsPort: "WEB_JOBS_PORT",
      authSecret: "AUTH_SECRET",
      authTrustHost: "AUTH_TRUST_HOST",
      trustedProxies: "TRUSTED_PROXIES",
      devAllowedOrigins: "DEV_ALLOWED_ORIGINS",
    },
    env,
    { production: runsInProduction(env) },
  );
}
