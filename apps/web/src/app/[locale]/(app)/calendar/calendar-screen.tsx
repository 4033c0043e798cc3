"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { CalendarBoard } from "@/components/calendar/calendar-board";
import type { SlotSelection, VisibleRange } from "@/components/calendar/event-calendar";
import { HijriToggle } from "@/components/calendar/hijri-toggle";
import { toCalendarEvents } from "@/components/calendar/occurrence-events";
import { useCalendarUrl } from "@/components/calendar/use-calendar-url";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getPathname, Link, useRouter } from "@/i18n/navigation";
import { calendarViews, type EventChoices, filtersInput, hasActiveFilters } from "@/lib/calendar-url";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { CalendarFiltersPanel } from "./calendar-filters";
import { CreateEventDialog } from "./create-event-dialog";
import { CsvExportButton } from "./csv-export-button";
import { CsvImportDialog } from "./csv-import-dialog";
import { type Notice, NoticeBar } from "./notice";
import { SubscribeDialog } from "./subscribe-dialog";
import { useReschedule } from "./use-reschedule";

const hourMs = 60 * 60 * 1000;

/** The next whole hour, for "New event" without a selected slot. */
function nextHourSlot(): SlotSelection {
  const start = new Date(Math.ceil(Date.now() / hourMs) * hourMs);
  return { start, end: new Date(start.getTime() + hourMs), allDay: false };
}

interface Props {
  timeZone: string;
  choices: EventChoices;
  /** Admins and editors create, drag and import; everyone else reads. */
  canEdit: boolean;
}

export function CalendarScreen({ timeZone, choices, canEdit }: Props) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const url = useCalendarUrl(choices, calendarViews);
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [slot, setSlot] = useState<SlotSelection | null>(null);
  const [dialog, setDialog] = useState<"subscribe" | "import" | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const reschedule = useReschedule(timeZone, setNotice);

  const categories = useQuery(trpc.categories.list.queryOptions());
  const departments = useQuery(trpc.departments.list.queryOptions());
  const occurrences = useQuery(
    trpc.events.range.queryOptions(
      range ? { from: range.start, to: range.end, ...filtersInput(url.filters) } : skipToken,
      { placeholderData: keepPreviousData },
    ),
  );

  const events = useMemo(
    () =>
      toCalendarEvents(occurrences.data?.occurrences ?? [], {
        locale,
        categories: categories.data ?? [],
        editable: canEdit,
        href: (id) => getPathname({ href: `/events/${id}`, locale }),
      }),
    [occurrences.data, categories.data, locale, canEdit],
  );

  const empty = occurrences.isSuccess && !occurrences.isPlaceholderData && events.length === 0;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={canEdit ? t("description") : t("readOnly")}
        actions={
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              onClick={() => setDialog("subscribe")}
            >
              {t("subscribe")}
            </button>
            <CsvExportButton range={range} filters={url.filters} onNotice={setNotice} />
            {canEdit && (
              <>
                <button
                  type="button"
                  className={buttonClass("secondary", "sm")}
                  onClick={() => setDialog("import")}
                >
                  {t("import")}
                </button>
                <button
                  type="button"
                  className={buttonClass("primary", "sm")}
                  onClick={() => setSlot(nextHourSlot())}
                >
                  {t("newEvent")}
                </button>
              </>
            )}
          </div>
        }
      />
      <CalendarFiltersPanel
        filters={url.filters}
        choices={choices}
        categories={categories.data ?? []}
        departments={departments.data ?? []}
        onChange={url.setFilters}
      />
      <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
      <div className="mb-4 space-y-2 empty:hidden">
        {occurrences.isError && (
          <Alert tone="error">
            {t("loadFailed")} {errorMessage(occurrences.error)}{" "}
            <button type="button" className="font-medium underline" onClick={() => occurrences.refetch()}>
              {t("retry")}
            </button>
          </Alert>
        )}
        {occurrences.data?.truncated && <Alert tone="info">{t("truncated")}</Alert>}
        {empty && (
          <Alert tone="info">
            {hasActiveFilters(url.filters) ? t("emptyFiltered") : canEdit ? t("emptyEditor") : t("empty")}
          </Alert>
        )}
      </div>
      <CalendarBoard
        view={url.view}
        date={url.date}
        views={calendarViews}
        timeZone={timeZone}
        events={events}
        range={range}
        busy={occurrences.isFetching}
        onShow={url.show}
        onRangeChange={setRange}
        onOpen={(id) => router.push(`/events/${id}`)}
        onSelect={canEdit ? setSlot : undefined}
        onMove={canEdit ? reschedule : undefined}
        actions={<HijriToggle />}
      />
      {canEdit && (
        <>
          <CreateEventDialog
            slot={slot}
            timeZone={timeZone}
            categories={categories.data ?? []}
            choices={choices}
            onClose={() => setSlot(null)}
            onCreated={(event) => {
              setSlot(null);
              setNotice({
                tone: "success",
                text: t.rich("created", {
                  link: (chunks) => (
                    <Link href={`/events/${event.id}`} className="font-medium underline">
                      {chunks}
                    </Link>
                  ),
                }),
              });
            }}
          />
          <CsvImportDialog open={dialog === "import"} onClose={() => setDialog(null)} />
        </>
      )}
      <SubscribeDialog open={dialog === "subscribe"} onClose={() => setDialog(null)} />
    </>
  );
}
