"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { scrapedEventStates } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { useEventDates } from "@/components/events/use-event-dates";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState } from "@/components/ui/states";
import { useQueryState } from "@/hooks/use-query-state";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { StagedStateBadge } from "./staged-state";
import { useLiveRuns } from "./use-live-runs";

type State = (typeof scrapedEventStates)[number];
interface Filters {
  sourceId?: string;
  state?: State;
}

const filtersFromQuery = (params: URLSearchParams): Filters => ({
  sourceId: params.get("source") ?? undefined,
  state: scrapedEventStates.find((state) => state === params.get("state")),
});
const filtersQuery = (filters: Filters): Record<string, string> => ({
  ...(filters.sourceId && { source: filters.sourceId }),
  ...(filters.state && { state: filters.state }),
});

/** Staged events waiting for staff (or in a chosen state), newest first, filtered in the address. */
export function ReviewList({ timeZone }: { timeZone: string }) {
  const t = useTranslations("sources.review");
  const dates = useEventDates(timeZone);
  const trpc = useTRPC();
  const [filters, setFilters] = useQueryState(filtersFromQuery, filtersQuery);
  const sources = useQuery(trpc.sources.list.queryOptions());
  const list = useInfiniteQuery(
    trpc.sources.review.infiniteQueryOptions(
      { limit: 20, ...filters },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  useLiveRuns();
  const items = pagedItems(list.data);
  const filtered = Boolean(filters.sourceId || filters.state);

  return (
    <Card
      title={t("listTitle")}
      actions={
        <div className="flex flex-wrap gap-3">
          <div className="w-48">
            <SelectField
              id="review-source"
              label={t("filterSource")}
              value={filters.sourceId ?? ""}
              emptyLabel={t("allSources")}
              options={(sources.data ?? []).map((source) => ({ value: source.id, label: source.name }))}
              onChange={(sourceId) => setFilters({ ...filters, sourceId: sourceId || undefined })}
            />
          </div>
          <div className="w-48">
            <SelectField
              id="review-state"
              label={t("filterState")}
              value={filters.state ?? ""}
              emptyLabel={t("waiting")}
              options={scrapedEventStates.map((state) => ({ value: state, label: t(`states.${state}`) }))}
              onChange={(state) =>
                setFilters({ ...filters, state: scrapedEventStates.find((known) => known === state) })
              }
            />
          </div>
        </div>
      }
    >
      <QueryView
        query={list}
        loadFailed={t("loadFailed")}
        isEmpty={() => items.length === 0}
        empty={<EmptyState title={t("emptyTitle")} body={filtered ? t("emptyFiltered") : t("emptyBody")} />}
      >
        {() => (
          <>
            <DataTable
              label={t("listTitle")}
              minWidth="48rem"
              head={
                <>
                  <HeaderCell>{t("columns.title")}</HeaderCell>
                  <HeaderCell>{t("columns.starts")}</HeaderCell>
                  <HeaderCell>{t("columns.source")}</HeaderCell>
                  <HeaderCell>{t("columns.state")}</HeaderCell>
                  <HeaderCell>{t("columns.seen")}</HeaderCell>
                </>
              }
            >
              {items.map((item) => (
                <tr key={item.id} data-testid="review-row" className="hover:bg-slate-50">
                  <td className={`${cellClass} font-medium`}>
                    <Link href={`/sources/review/${item.id}`} className="text-brand-700 hover:underline">
                      <BilingualText en={item.titleEn} ar={item.titleAr} />
                    </Link>
                    <div className="mt-1 flex gap-2">
                      {item.eventId && <Badge tone="green">{t("inCalendar")}</Badge>}
                      {item.ignoredAt && <Badge tone="slate">{t("ignored")}</Badge>}
                    </div>
                  </td>
                  <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                    {dates.dateTime(item.startsAt)}
                  </td>
                  <td className={`${cellClass} text-slate-700`}>{item.source.name}</td>
                  <td className={cellClass}>
                    <StagedStateBadge state={item.state} />
                  </td>
                  <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                    {dates.dateTime(item.createdAt)}
                  </td>
                </tr>
              ))}
            </DataTable>
            <LoadMore query={list} label={t("more")} />
          </>
        )}
      </QueryView>
    </Card>
  );
}
