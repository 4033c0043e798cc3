"use client";

import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { useFormatter, useLocale } from "next-intl";
import { Link } from "@/i18n/navigation";

export type Notification = inferRouterOutputs<AppRouter>["notifications"]["list"]["items"][number];

/** One notification in the reader's language; opening it marks it read. */
export function NotificationItem({
  notification,
  now,
  onOpen,
}: {
  notification: Notification;
  now: number;
  onOpen: () => void;
}) {
  const locale = useLocale();
  const format = useFormatter();
  const unread = notification.readAt === null;
  const title = locale === "ar" ? notification.titleAr : notification.titleEn;
  const body = locale === "ar" ? notification.bodyAr : notification.bodyEn;
  const content = (
    <>
      <span className="flex items-start gap-2">
        <span
          aria-hidden
          className={`mt-1.5 size-2 shrink-0 rounded-full ${unread ? "bg-brand-600" : "bg-transparent"}`}
        />
        <span className="min-w-0">
          <span className={`block text-sm ${unread ? "font-semibold text-slate-900" : "text-slate-700"}`}>
            {title}
          </span>
          <span className="mt-0.5 line-clamp-2 block text-xs whitespace-pre-line text-slate-600">{body}</span>
          <time dateTime={notification.createdAt.toISOString()} className="mt-1 block text-xs text-slate-500">
            {format.relativeTime(notification.createdAt, now)}
          </time>
        </span>
      </span>
    </>
  );
  const className = `block px-4 py-3 text-start hover:bg-slate-50 ${unread ? "bg-brand-50/40" : ""}`;
  return (
    <li data-testid="notification" data-unread={unread || undefined}>
      {notification.link ? (
        <Link href={notification.link} className={className} onClick={onOpen}>
          {content}
        </Link>
      ) : (
        <button type="button" className={`${className} w-full`} onClick={onOpen}>
          {content}
        </button>
      )}
    </li>
  );
}
