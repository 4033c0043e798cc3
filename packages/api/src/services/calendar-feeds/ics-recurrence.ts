import { joinParts, ruleParts, type Series, untilInstant } from "../events/recurrence";
import { toZoned } from "../events/zoned-time";

const compact = (iso: string) => iso.replaceAll("-", "").replaceAll(":", "");

/**
 * RRULE and EXDATE lines for a recurring event. Timed events list exceptions as local times with
 * the event's TZID; all-day events use DATE values, and their UNTIL becomes a DATE too, as RFC 5545
 * requires when DTSTART is a date.
 */
export function recurrenceLines(event: Series & { allDay: boolean }): string | null {
  if (!event.rrule) return null;
  const { timeZone, allDay } = event;
  const local = (instant: Date) => {
    const zoned = toZoned(instant, timeZone);
    return compact(
      allDay ? zoned.toPlainDate().toString() : zoned.toPlainDateTime().toString({ smallestUnit: "second" }),
    );
  };
  const parts = ruleParts(event.rrule);
  const until = parts.get("UNTIL");
  if (allDay && until) parts.set("UNTIL", local(untilInstant(until, "UTC")));
  const lines = [`RRULE:${joinParts(parts)}`];
  if (event.exdates.length > 0) {
    const property = allDay ? "EXDATE;VALUE=DATE" : `EXDATE;TZID=${timeZone}`;
    lines.push(`${property}:${event.exdates.map(local).join(",")}`);
  }
  return lines.join("\n");
}
