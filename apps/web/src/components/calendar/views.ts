import type { CalendarView } from "@/lib/calendar-url";

/** FullCalendar's view for each view the app offers; the agenda lists a whole month. */
export const fullCalendarViews: Record<CalendarView, string> = {
  month: "dayGridMonth",
  week: "timeGridWeek",
  day: "timeGridDay",
  list: "listMonth",
};

const pad = (value: number) => String(value).padStart(2, "0");
const keyOf = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The first day of the period `steps` periods away from the one containing `date` (`YYYY-MM-DD`). */
export function shiftPeriod(view: CalendarView, date: string, steps: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  if (view === "month" || view === "list") return keyOf(new Date(Date.UTC(year, month - 1 + steps, 1)));
  return keyOf(new Date(Date.UTC(year, month - 1, day + steps * (view === "week" ? 7 : 1))));
}
