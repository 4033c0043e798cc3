import type { Locale } from "@taqweem/db";
import { publicBaseUrl } from "../../config";

export function absoluteUrl(locale: Locale, path: string): string {
  return `${publicBaseUrl()}/${locale}${path}`;
}

export const eventPath = (eventId: string) => `/events/${eventId}`;
export const taskPath = (eventId: string, taskId: string) => `/events/${eventId}#task-${taskId}`;
