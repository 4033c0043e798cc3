"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import {
  type CalendarFilters,
  type CalendarUrlState,
  type CalendarView,
  calendarSearchParams,
  type FilterChoices,
  parseCalendarParams,
} from "@/lib/calendar-url";

/**
 * The calendar's view, day and filters, kept in the URL with the History API (Next.js keeps
 * `useSearchParams` in step), so nothing is fetched from the server just to move a month. A new
 * period or view is a new history entry (Back returns to it); filter changes replace the entry.
 */
export function useCalendarUrl(choices: FilterChoices, views: readonly CalendarView[]) {
  const searchParams = useSearchParams();
  const state = useMemo(
    () => parseCalendarParams(new URLSearchParams(searchParams), choices, views),
    [searchParams, choices, views],
  );

  const write = useCallback((next: CalendarUrlState, mode: "push" | "replace") => {
    const url = `?${calendarSearchParams(next)}`;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  const show = useCallback(
    (view: CalendarView, date: string | null) => write({ ...state, view, date }, "push"),
    [state, write],
  );
  const setFilters = useCallback(
    (change: Partial<CalendarFilters>) =>
      write({ ...state, filters: { ...state.filters, ...change } }, "replace"),
    [state, write],
  );
  return { ...state, show, setFilters };
}
