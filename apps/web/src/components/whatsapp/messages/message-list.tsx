"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTimeZone, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useQueryState } from "@/hooks/use-query-state";
import { useTRPC } from "@/trpc/react";
import { MessageFilters } from "./message-filters";
import { messageFilterQuery, messageListInput, parseMessageFilters } from "./message-filters-url";
import { MessageItem } from "./message-item";

/** Every message the organisation sent over WhatsApp, newest first, filtered by what the address says. */
export function MessageList() {
  const t = useTranslations("whatsapp.messages");
  const timeZone = useTimeZone() ?? "Asia/Dubai";
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
  const items = pagedItems(list.data);
  const filtered = Boolean(state.session || state.status || state.from || state.to);

  // A range the address gets wrong is explained by the filters, and nothing is listed.
  const body = input !== null && (
    <QueryView
      query={list}
      loadFailed={t("loadFailed")}
      isEmpty={() => items.length === 0}
      empty={
        filtered ? (
          <EmptyState title={t("noMatchTitle")} body={t("noMatchBody")} />
        ) : (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        )
      }
    >
      {() => (
        <>
          <ul className="divide-y divide-slate-100" aria-busy={list.isFetching || undefined}>
            {items.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </ul>
          <LoadMore query={list} label={t("more")} className="mt-2 text-center" />
        </>
      )}
    </QueryView>
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
