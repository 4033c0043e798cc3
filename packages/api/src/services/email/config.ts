export interface EmailConfig {
  /** Null: no provider; messages are captured for the admin Mailbox instead of sent. */
  apiKey: string | null;
  from: string;
  /** Resend API base URL; tests point it at a local server that answers like Resend. */
  baseUrl?: string;
}

export function emailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EmailConfig {
  return {
    apiKey: env.RESEND_API_KEY || null,
    from: env.EMAIL_FROM || "Taqweem <no-reply@taqweem.local>",
    baseUrl: env.RESEND_BASE_URL || undefined,
  };
}
