"use client";

import type { DayCellContentArg, DayHeaderContentArg } from "@fullcalendar/core";
import { toDateKey } from "@/lib/zoned-time";
import { useHijriLabels } from "./use-hijri-labels";

/**
 * How the grid labels days: the Gregorian number in month cells, with the Hijri day beside it
 * when asked (its month too on the view's first cell, unless the screen is narrow); the Hijri date
 * under the week and day headers and beside the agenda's day headings.
 */
export function useDayLabels(timeZone: string, showHijri: boolean, narrow: boolean) {
  const hijri = useHijriLabels(timeZone);

  const dayCell = (arg: DayCellContentArg) => {
    const number = <span className="tq-day-number">{arg.dayNumberText}</span>;
    if (!showHijri || arg.view.type !== "dayGridMonth") return number;
    const first = toDateKey(arg.date, timeZone) === toDateKey(arg.view.activeStart, timeZone);
    return (
      <>
        <span className="tq-hijri-day" data-testid="hijri-day">
          {narrow ? hijri.dayNumber(arg.date) : hijri.day(arg.date, first)}
        </span>
        {number}
      </>
    );
  };

  // The agenda's headers also carry `sideText` (the weekday), which FullCalendar's type omits.
  const dayHeader = (arg: DayHeaderContentArg & { sideText?: string }) => {
    const label = showHijri && arg.view.type !== "dayGridMonth" ? hijri.full(arg.date) : null;
    if (arg.view.type.startsWith("list"))
      return (
        <span className="flex w-full flex-wrap justify-between gap-x-4">
          <span>{arg.text}</span>
          <span className="font-normal text-slate-500">
            {label ? `${arg.sideText} · ${label}` : arg.sideText}
          </span>
        </span>
      );
    if (!label) return arg.text;
    return (
      <span className="flex flex-col items-center">
        <span>{arg.text}</span>
        <span className="text-[0.6875rem] font-normal text-slate-500">{label}</span>
      </span>
    );
  };

  return { dayCell, dayHeader };
}
