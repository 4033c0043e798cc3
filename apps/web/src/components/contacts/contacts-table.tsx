"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactFilter } from "@taqweem/db/contact-filter";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataTable, HeaderCell } from "@/components/ui/data-table";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { AddToList } from "./add-to-list";
import { ContactRow } from "./contact-row";
import type { ContactListData } from "./types";

/** The filtered contacts in name order, page by page, with their count. */
export function ContactsTable({
  filter,
  filtered,
  manages,
  lists,
}: {
  filter: ContactFilter;
  filtered: boolean;
  manages: boolean;
  lists: ContactListData[];
}) {
  const t = useTranslations("contacts");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const list = useInfiniteQuery(
    trpc.contacts.list.infiniteQueryOptions(
      { filter, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const count = useQuery(trpc.contacts.count.queryOptions({ filter }));
  const favourite = useMutation(
    trpc.contacts.setFavourite.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.contacts.list.pathFilter()),
    }),
  );
  const items = pagedItems(list.data);
  const select = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Card
      title={t("listTitle")}
      actions={
        count.data && (
          <p className="text-sm text-slate-600 tabular-nums" data-testid="contacts-count">
            {t("count", { count: count.data.total })}
          </p>
        )
      }
    >
      {manages && selected.size > 0 && (
        <AddToList lists={lists} contactIds={[...selected]} onDone={() => setSelected(new Set())} />
      )}
      {favourite.isError && (
        <div className="mb-3">
          <Alert tone="error">{errorMessage(favourite.error)}</Alert>
        </div>
      )}
      <QueryView
        query={list}
        loadFailed={t("loadFailed")}
        isEmpty={() => items.length === 0}
        empty={
          filtered ? (
            <EmptyState title={t("noMatchTitle")} body={t("noMatchBody")} />
          ) : (
            <EmptyState title={t("emptyTitle")} body={t(manages ? "emptyBody" : "emptyBodyReadOnly")} />
          )
        }
      >
        {() => (
          <>
            <DataTable
              label={t("listTitle")}
              minWidth="56rem"
              head={
                <>
                  {manages && (
                    <HeaderCell>
                      <span className="sr-only">{t("columns.select")}</span>
                    </HeaderCell>
                  )}
                  <HeaderCell>
                    <span className="sr-only">{t("columns.favourite")}</span>
                  </HeaderCell>
                  <HeaderCell>{t("columns.name")}</HeaderCell>
                  <HeaderCell>{t("columns.phone")}</HeaderCell>
                  <HeaderCell>{t("columns.organisation")}</HeaderCell>
                  <HeaderCell>{t("columns.language")}</HeaderCell>
                  <HeaderCell>{t("columns.consent")}</HeaderCell>
                  <HeaderCell>{t("columns.tags")}</HeaderCell>
                </>
              }
            >
              {items.map((contact) => (
                <ContactRow
                  key={contact.id}
                  contact={contact}
                  manages={manages}
                  selected={selected.has(contact.id)}
                  onSelect={(on) => select(contact.id, on)}
                  onFavourite={(on) => favourite.mutate({ id: contact.id, favourite: on })}
                />
              ))}
            </DataTable>
            <LoadMore query={list} label={t("more")} />
          </>
        )}
      </QueryView>
    </Card>
  );
}
