"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { CalendarBoard } from "@/components/calendar/calendar-board";
import { CategoryFilter } from "@/components/calendar/category-filter";
import type { VisibleRange } from "@/components/calendar/event-calendar";
import { HijriToggle } from "@/components/calendar/hijri-toggle";
import { toCalendarEvents } from "@/components/calendar/occurrence-events";
import { SearchFilter } from "@/components/calendar/search-filter";
import { useCalendarUrl } from "@/components/calendar/use-calendar-url";
import { BilingualText } from "@/components/events/bilingual-text";
import { Alert } from "@/components/ui/alert";
import { QueryView } from "@/components/ui/query-view";
import { getPathname, useRouter } from "@/i18n/navigation";
import type { CalendarView, FilterChoices } from "@/lib/calendar-url";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { PublicFeedLink } from "./public-feed-link";

const publicViews: readonly CalendarView[] = ["month", "list"];

/** The published public events for anyone: month and agenda, category and text filters. */
export function PublicCalendarScreen({ choices }: { choices: FilterChoices }) {
  const t = useTranslations("publicCalendar");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const url = useCalendarUrl(choices, publicViews);
  const [range, setRange] = useState<VisibleRange | null>(null);
  const info = useQuery(trpc.publicCalendar.info.queryOptions());
  const occurrences = useQuery(
    trpc.publicCalendar.range.queryOptions(
      range
        ? {
            from: range.start,
            to: range.end,
            categoryIds: url.filters.categoryIds.length > 0 ? url.filters.categoryIds : undefined,
            q: url.filters.q.trim() || undefined,
          }
        : skipToken,
      { placeholderData: keepPreviousData },
    ),
  );
  const events = useMemo(
    () =>
      toCalendarEvents(occurrences.data?.occurrences ?? [], {
        locale,
        categories: info.data?.categories ?? [],
        editable: false,
        href: (id) => getPathname({ href: `/public/events/${id}`, locale }),
      }),
    [occurrences.data, info.data, locale],
  );

  return (
    <QueryView query={info} loadFailed={t("loadFailed")}>
      {(org) => (
        <>
          <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
            <div>
              <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
              <p className="mt-1 text-slate-600">
                <BilingualText en={org.nameEn} ar={org.nameAr} />
              </p>
            </div>
            <PublicFeedLink />
          </div>
          <section
            aria-label={t("filters")}
            className="mb-5 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-[1fr_18rem]"
          >
            <CategoryFilter
              categories={org.categories}
              selected={url.filters.categoryIds}
              onChange={(categoryIds) => url.setFilters({ categoryIds })}
            />
            <SearchFilter value={url.filters.q} onChange={(q) => url.setFilters({ q })} />
          </section>
          {occurrences.isError && (
            <div className="mb-4">
              <Alert tone="error">{errorMessage(occurrences.error)}</Alert>
            </div>
          )}
          <CalendarBoard
            view={url.view}
            date={url.date}
            views={publicViews}
            timeZone={org.timeZone}
            events={events}
            range={range}
            busy={occurrences.isFetching}
            onShow={url.show}
            onRangeChange={setRange}
            onOpen={(id) => router.push(`/public/events/${id}`)}
            actions={<HijriToggle />}
          />
        </>
      )}
    </QueryView>
  );
}
