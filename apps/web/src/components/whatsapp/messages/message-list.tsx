"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTimeZone, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useQueryState } from "@/hooks/use-query-state";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { MessageFilters } from "./message-filters";
import { messageFilterQuery, messageListInput, parseMessageFilters } from "./message-filters-url";
import { MessageItem } from "./message-item";

/** Every message the organisation sent over WhatsApp, newest first, filtered by what the address says. */
export function MessageList() {
  const t = useTranslations("whatsapp.messages");
  const timeZone = useTimeZone() ?? "Asia/Dubai";
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const [state, setState] = useQueryState(parseMessageFilters, messageFilterQuery);
  const input = messageListInput(state, timeZone);
  const sessions = useQuery(trpc.whatsapp.sessions.list.queryOptions());
  const list = useInfiniteQuery(
    trpc.whatsapp.messages.list.infiniteQueryOptions(input ?? { limit: 1 }, {
      enabled: input !== null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(state.session || state.status || state.from || state.to);

  let body: ReactNode;
  if (input === null) body = null;
  else if (list.isPending) body = <LoadingState />;
  else if (list.isError)
    body = (
      <ErrorState title={t("loadFailed")} body={errorMessage(list.error)} onRetry={() => list.refetch()} />
    );
  else if (items.length === 0)
    body = filtered ? (
      <EmptyState title={t("noMatchTitle")} body={t("noMatchBody")} />
    ) : (
      <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
    );
  else
    body = (
      <>
        <ul className="divide-y divide-slate-100" aria-busy={list.isFetching || undefined}>
          {items.map((message) => (
            <MessageItem key={message.id} message={message} />
          ))}
        </ul>
        {list.hasNextPage && (
          <div className="mt-2 text-center">
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              disabled={list.isFetchingNextPage}
              onClick={() => list.fetchNextPage()}
            >
              {t("more")}
            </button>
          </div>
        )}
      </>
    );

  return (
    <Card title={t("listTitle")}>
      <MessageFilters
        state={state}
        sessions={sessions.data ?? []}
        rangeError={input === null}
        onChange={setState}
      />
      {body}
    </Card>
  );
}
