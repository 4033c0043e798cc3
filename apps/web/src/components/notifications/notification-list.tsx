"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { QueryView } from "@/components/ui/query-view";
import { useTRPC } from "@/trpc/react";
import { NotificationItem } from "./notification-item";

/** The newest notifications first, more on request, with "mark all read". */
export function NotificationList({ unread, onNavigate }: { unread: number; onNavigate: () => void }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // One clock for the whole list, read when it opens.
  const [now] = useState(() => Date.now());
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: 10 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const refresh = { onSettled: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()) };
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions(refresh));
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions(refresh));
  const items = pagedItems(list.data);

  return (
    <div>
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <h2 className="font-semibold text-slate-900">{t("title")}</h2>
        <button
          type="button"
          className="text-sm font-medium text-brand-700 hover:underline disabled:text-slate-400 disabled:no-underline"
          disabled={unread === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t("markAllRead")}
        </button>
      </div>
      <QueryView
        query={list}
        loadFailed={t("loadFailed")}
        isEmpty={() => items.length === 0}
        empty={
          <div className="px-4 py-10 text-center">
            <p className="font-medium text-slate-800">{t("emptyTitle")}</p>
            <p className="mt-1 text-sm text-slate-500">{t("emptyBody")}</p>
          </div>
        }
      >
        {() => (
          <ul className="max-h-[min(28rem,70dvh)] divide-y divide-slate-100 overflow-y-auto">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                now={now}
                onOpen={() => {
                  if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
                  if (notification.link) onNavigate();
                }}
              />
            ))}
            <LoadMore query={list} label={t("more")} as="li" className="p-3 text-center" />
          </ul>
        )}
      </QueryView>
    </div>
  );
}
