"use client";

import type { EventInput } from "@fullcalendar/core";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LoadingState } from "@/components/ui/states";
import { useHijriPreference } from "@/hooks/use-hijri-preference";
import type { CalendarView } from "@/lib/calendar-url";
import { toDateKey } from "@/lib/zoned-time";
import { CalendarToolbar } from "./calendar-toolbar";
import type { EventMove, SlotSelection, VisibleRange } from "./event-calendar";
import { useHijriLabels } from "./use-hijri-labels";
import { shiftPeriod } from "./views";

function CalendarPlaceholder() {
  return (
    <div className="grid h-[32rem] place-items-center rounded-xl border border-slate-200 bg-white">
      <LoadingState />
    </div>
  );
}

// FullCalendar works on the DOM only: loaded in the browser, after the page shell.
const EventCalendar = dynamic(() => import("./event-calendar"), { ssr: false, loading: CalendarPlaceholder });

interface Props {
  view: CalendarView;
  date: string | null;
  views: readonly CalendarView[];
  timeZone: string;
  events: EventInput[];
  range: VisibleRange | null;
  busy: boolean;
  onShow: (view: CalendarView, date: string | null) => void;
  onRangeChange: (range: VisibleRange) => void;
  onOpen: (eventId: string) => void;
  onSelect?: (slot: SlotSelection) => void;
  onMove?: (move: EventMove) => void;
  /** Controls shown in the toolbar beside the view switch. */
  actions?: ReactNode;
}

/** The toolbar and the grid together: the parts the staff calendar and the public one share. */
export function CalendarBoard({ view, date, views, timeZone, events, range, busy, onShow, ...rest }: Props) {
  const t = useTranslations("calendar");
  const [showHijri] = useHijriPreference();
  const hijri = useHijriLabels(timeZone);
  const anchor = date ?? toDateKey(new Date(), timeZone);
  const subtitle =
    showHijri && range ? hijri.months(range.periodStart, new Date(range.periodEnd.getTime() - 1)) : null;
  return (
    <section aria-label={t("gridLabel")}>
      <CalendarToolbar
        title={range?.title ?? ""}
        subtitle={subtitle}
        view={view}
        views={views}
        busy={busy}
        onStep={(steps) => onShow(view, shiftPeriod(view, anchor, steps))}
        onToday={() => onShow(view, toDateKey(new Date(), timeZone))}
        onView={(next) => onShow(next, date)}
      >
        {rest.actions}
      </CalendarToolbar>
      <EventCalendar
        view={view}
        date={date}
        timeZone={timeZone}
        events={events}
        showHijri={showHijri}
        statusLabels={{ draft: t("draft"), cancelled: t("cancelled") }}
        onRangeChange={rest.onRangeChange}
        onOpen={rest.onOpen}
        onSelect={rest.onSelect}
        onMove={rest.onMove}
      />
    </section>
  );
}
