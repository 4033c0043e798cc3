import superjson from "superjson";

type JSONValue = ReturnType<typeof superjson.serialize>["json"];

/** What every occurrence of an event repeats: the event's own fields, without its times. */
export interface OccurrenceEvent {
  eventId: string;
}

export type PageOccurrence<E extends OccurrenceEvent> = E & { start: Date; end: Date };

/** The compact JSON form: each event once, then flat (event index, start ms, end ms) triples. */
interface WirePage<E extends OccurrenceEvent> {
  truncated: boolean;
  events: E[];
  times: number[];
}

/**
 * A calendar window's answer (`events.range`, `publicCalendar.range`). superjson would walk every
 * field of thousands of occurrences and tag every Date; registered as one custom value it is sent
 * as compact rows of numbers instead, and read back as the same objects with Dates.
 */
export class CalendarPage<E extends OccurrenceEvent> {
  constructor(
    readonly occurrences: PageOccurrence<E>[],
    readonly truncated: boolean,
  ) {}

  toWire(): WirePage<E> {
    const events: E[] = [];
    const indexes = new Map<string, number>();
    const times: number[] = [];
    for (const { start, end, ...event } of this.occurrences) {
      let index = indexes.get(event.eventId);
      if (index === undefined) {
        index = events.push(event as unknown as E) - 1;
        indexes.set(event.eventId, index);
      }
      times.push(index, start.getTime(), end.getTime());
    }
    return { truncated: this.truncated, events, times };
  }

  static fromWire<E extends OccurrenceEvent>({ truncated, events, times }: WirePage<E>): CalendarPage<E> {
    const occurrences: PageOccurrence<E>[] = [];
    for (let i = 0; i < times.length; i += 3)
      occurrences.push({
        ...events[times[i]!]!,
        start: new Date(times[i + 1]!),
        end: new Date(times[i + 2]!),
      });
    return new CalendarPage(occurrences, truncated);
  }
}

// superjson takes what `serialize` returns as it is, without walking into it.
superjson.registerCustom<CalendarPage<OccurrenceEvent>, JSONValue>(
  {
    isApplicable: (value): value is CalendarPage<OccurrenceEvent> => value instanceof CalendarPage,
    serialize: (page) => page.toWire() as unknown as JSONValue,
    deserialize: (wire) => CalendarPage.fromWire(wire as unknown as WirePage<OccurrenceEvent>),
  },
  "CalendarPage",
);

/** superjson with the custom values above registered: the one transformer of server and clients. */
export const transformer = superjson;
