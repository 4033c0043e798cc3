"use client";

import { useHijriPreference } from "@/hooks/use-hijri-preference";
import { useEventDates } from "./use-event-dates";

/** When an event happens, in the organisation's zone, with the Hijri dates when the reader wants them. */
export function EventWhen({
  start,
  end,
  allDay,
  timeZone,
}: {
  start: Date;
  end: Date;
  allDay: boolean;
  timeZone: string;
}) {
  const dates = useEventDates(timeZone);
  const [showHijri] = useHijriPreference();
  return (
    <>
      <span className="block" data-testid="event-when">
        {dates.span(start, end, allDay)}
      </span>
      {showHijri && (
        <span className="block text-sm text-slate-500" data-testid="event-when-hijri">
          {dates.hijriSpan(start, end, allDay)}
        </span>
      )}
    </>
  );
}
