"use client";

import "./calendar.css";

import type { DateSelectArg, DatesSetArg, EventClickArg, EventDropArg, EventInput } from "@fullcalendar/core";
import dayGridPlugin from "@fullcalendar/daygrid";
import interactionPlugin, { type EventResizeDoneArg } from "@fullcalendar/interaction";
import listPlugin from "@fullcalendar/list";
import FullCalendar from "@fullcalendar/react";
import timeGridPlugin from "@fullcalendar/timegrid";
import { useLocale } from "next-intl";
import { useEffect, useRef } from "react";
import { useMediaQuery } from "@/hooks/use-media-query";
import { directionOf } from "@/i18n/routing";
import type { CalendarView } from "@/lib/calendar-url";
import { toDateKey } from "@/lib/zoned-time";
import { useDayLabels } from "./day-labels";
import { EventContent, type StatusLabels } from "./event-content";
import type { OccurrenceProps } from "./occurrence-events";
import { orgTimeZonePlugin } from "./org-time-zone-plugin";
import { useCalendarLocale } from "./use-calendar-locale";
import { fullCalendarViews } from "./views";

const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, orgTimeZonePlugin];

// Week headers spell the month out ("Mon, Nov 16"): numeric day/month orders differ by country.
const viewOptions = {
  timeGridWeek: { dayHeaderFormat: { weekday: "short", month: "short", day: "numeric" } },
  timeGridDay: { dayHeaderFormat: { weekday: "long", day: "numeric", month: "long" } },
  timeGrid: { scrollTime: "08:00:00", nowIndicator: true },
} as const;

export interface VisibleRange {
  /** What the grid shows, including the days of neighbouring months: the window to fetch. */
  start: Date;
  end: Date;
  /** The period itself (a month, a week, a day) and its title. */
  periodStart: Date;
  periodEnd: Date;
  title: string;
}

export interface SlotSelection {
  start: Date;
  end: Date;
  allDay: boolean;
}

export interface EventMove {
  eventId: string;
  version: number;
  start: Date;
  end: Date | null;
  allDay: boolean;
  /** Puts the event back where it was (the change was refused). */
  revert: () => void;
}

interface Props {
  view: CalendarView;
  /** `YYYY-MM-DD` of the day to show; null for today. */
  date: string | null;
  timeZone: string;
  events: EventInput[];
  showHijri: boolean;
  statusLabels: StatusLabels;
  onRangeChange: (range: VisibleRange) => void;
  onOpen: (eventId: string) => void;
  /** Given only to people who may edit: selecting a slot and dragging events are then on. */
  onSelect?: (slot: SlotSelection) => void;
  onMove?: (move: EventMove) => void;
}

/**
 * FullCalendar set up for Taqweem: the organisation's time zone, weeks from Monday, the reader's
 * language and direction (the whole grid mirrors in Arabic), and the view and day from the URL.
 */
export default function EventCalendar({
  view,
  date,
  timeZone,
  events,
  showHijri,
  statusLabels,
  onRangeChange,
  onOpen,
  onSelect,
  onMove,
}: Props) {
  const ref = useRef<FullCalendar>(null);
  const direction = directionOf(useLocale());
  const locale = useCalendarLocale();
  // On a phone a month cell is a few letters wide: one-letter weekdays, titles without times.
  const narrow = useMediaQuery("(max-width: 639px)");

  // The URL leads: back/forward and the toolbar change `view` and `date`, the grid follows.
  useEffect(() => {
    const api = ref.current?.getApi();
    if (!api) return;
    const target = date ?? toDateKey(new Date(), timeZone);
    if (api.view.type !== fullCalendarViews[view]) api.changeView(fullCalendarViews[view], target);
    else if (toDateKey(api.getDate(), timeZone) !== target) api.gotoDate(target);
  }, [view, date, timeZone]);

  const move = (arg: EventDropArg | EventResizeDoneArg) => {
    const props = arg.event.extendedProps as OccurrenceProps;
    if (!onMove || props.version === undefined || !arg.event.start) return arg.revert();
    onMove({
      eventId: props.eventId,
      version: props.version,
      start: arg.event.start,
      end: arg.event.end,
      allDay: arg.event.allDay,
      revert: arg.revert,
    });
  };

  const labels = useDayLabels(timeZone, showHijri, narrow);

  return (
    <div dir={direction} data-testid="calendar" data-view={view} className="taqweem-calendar">
      <FullCalendar
        ref={ref}
        plugins={plugins}
        timeZone={timeZone}
        locale={locale}
        direction={direction}
        firstDay={1}
        initialView={fullCalendarViews[view]}
        initialDate={date ?? undefined}
        headerToolbar={false}
        // The hour grids scroll inside a fixed height (opened at 08:00); months and agendas grow.
        height={view === "week" || view === "day" ? 760 : "auto"}
        views={viewOptions}
        dayHeaderFormat={narrow ? { weekday: "narrow" } : { weekday: "short" }}
        displayEventTime={!(narrow && view === "month")}
        events={events}
        eventDisplay="block"
        dayMaxEventRows={4}
        selectable={Boolean(onSelect)}
        selectMirror
        editable={Boolean(onMove)}
        eventContent={(arg) => <EventContent arg={arg} labels={statusLabels} />}
        dayCellContent={labels.dayCell}
        // FullCalendar names each day cell after its day number, but the cell also shows the Hijri
        // day and the events, so the name would not match what is seen (WCAG 2.5.3): the cell is
        // named by its content instead; the day number keeps its own label.
        dayCellDidMount={(arg) => arg.el.removeAttribute("aria-labelledby")}
        dayHeaderContent={labels.dayHeader}
        datesSet={(arg: DatesSetArg) =>
          onRangeChange({
            start: arg.start,
            end: arg.end,
            periodStart: arg.view.currentStart,
            periodEnd: arg.view.currentEnd,
            title: arg.view.title,
          })
        }
        select={(arg: DateSelectArg) => {
          arg.view.calendar.unselect();
          onSelect?.({ start: arg.start, end: arg.end, allDay: arg.allDay });
        }}
        eventDrop={move}
        eventResize={move}
        eventClick={(arg: EventClickArg) => {
          // The event is a real link (new tab, keyboard); a plain click navigates inside the app.
          if (arg.jsEvent.metaKey || arg.jsEvent.ctrlKey || arg.jsEvent.shiftKey) return;
          arg.jsEvent.preventDefault();
          onOpen((arg.event.extendedProps as OccurrenceProps).eventId);
        }}
      />
    </div>
  );
}
