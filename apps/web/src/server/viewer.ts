import "server-only";

import type { Action } from "@taqweem/api/permissions";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { AppLocale } from "@/i18n/routing";
import { getCaller, getRequestContext } from "@/trpc/server";

/**
 * The signed-in person with their organisation, read fresh from the database once per request;
 * null without a session or when the membership is gone or deactivated.
 */
export const getViewer = cache(async () => {
  const ctx = await getRequestContext();
  if (!ctx.session) return null;
  return (await getCaller()).me.get();
});

export type Viewer = NonNullable<Awaited<ReturnType<typeof getViewer>>>;

export async function requireViewer(locale: AppLocale): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login`);
  return viewer;
}

/** For pages that need a capability: anyone without it gets a 403, whatever the navigation shows. */
export async function requireCapability(locale: AppLocale, action: Action): Promise<Viewer> {
  const viewer = await requireViewer(locale);
  if (!viewer.capabilities.includes(action)) forbidden();
  return viewer;
}
