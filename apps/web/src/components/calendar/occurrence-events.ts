import type { EventInput } from "@fullcalendar/core";
import type { AppLocale } from "@/i18n/routing";
import { localized } from "@/lib/bilingual";
import { textColorOn, uncategorisedColor } from "./colors";

/** One occurrence as `events.range` and `publicCalendar.range` return it (the public one without status). */
export interface CalendarOccurrence {
  eventId: string;
  start: Date;
  end: Date;
  allDay: boolean;
  recurring: boolean;
  titleEn: string | null;
  titleAr: string | null;
  locationEn: string | null;
  locationAr: string | null;
  categoryId: string | null;
  status?: "draft" | "published" | "cancelled";
  version?: number;
}

/** What the calendar's own renderers read back from an event (`event.extendedProps`). */
export interface OccurrenceProps {
  eventId: string;
  version: number | undefined;
  status: CalendarOccurrence["status"];
  titleLang: AppLocale;
  location: { text: string; lang: AppLocale } | null;
}

interface Options {
  locale: AppLocale;
  /** The organisation's categories, whose colours the events take. */
  categories: ReadonlyArray<{ id: string; color: string }>;
  href: (eventId: string) => string;
  /** Single, not cancelled events can be dragged when the reader may edit. */
  editable: boolean;
}

/** Occurrences as FullCalendar events, coloured by category, in the reader's language. */
export function toCalendarEvents(occurrences: CalendarOccurrence[], options: Options): EventInput[] {
  const colors = new Map(options.categories.map((category) => [category.id, category.color]));
  return occurrences.map((occurrence) => {
    const title = localized(occurrence.titleEn, occurrence.titleAr, options.locale);
    const location = localized(occurrence.locationEn, occurrence.locationAr, options.locale);
    const color = (occurrence.categoryId && colors.get(occurrence.categoryId)) || uncategorisedColor;
    const movable = options.editable && !occurrence.recurring && occurrence.status !== "cancelled";
    const extendedProps: OccurrenceProps = {
      eventId: occurrence.eventId,
      version: occurrence.version,
      status: occurrence.status,
      titleLang: title?.lang ?? options.locale,
      location: location && { text: location.text, lang: location.lang },
    };
    return {
      id: `${occurrence.eventId}@${occurrence.start.getTime()}`,
      title: title?.text ?? "",
      start: occurrence.start,
      end: occurrence.end,
      allDay: occurrence.allDay,
      url: options.href(occurrence.eventId),
      backgroundColor: color,
      borderColor: color,
      textColor: textColorOn(color),
      classNames: occurrence.status ? [`is-${occurrence.status}`] : [],
      startEditable: movable,
      durationEditable: movable,
      extendedProps,
    };
  });
}
