import type { Locale } from "@taqweem/db";

/** Public base URL of the web app (AUTH_URL), for links in e-mails and WhatsApp messages. */
function baseUrl(): string {
  return (process.env.AUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

export function absoluteUrl(locale: Locale, path: string): string {
  return `${baseUrl()}/${locale}${path}`;
}

export const eventPath = (eventId: string) => `/events/${eventId}`;
export const taskPath = (eventId: string, taskId: string) => `/events/${eventId}#task-${taskId}`;
