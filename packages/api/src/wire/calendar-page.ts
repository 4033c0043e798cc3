import superjson from "superjson";

type JSONValue = ReturnType<typeof superjson.serialize>["json"];

/** What every occurrence of an event repeats: the event's own fields, without its times. */
export interface OccurrenceEvent {
  eventId: string;
}

export type PageOccurrence<E extends OccurrenceEvent> = E & { start: Date; end: Date };

/**
 * A calendar window's answer (`events.range`, `publicCalendar.range`): each event once, and its
 * occurrences as flat (event index, start ms, end ms) triples sorted by start. superjson would walk
 * every field of thousands of occurrence objects and tag every Date; registered as one custom value
 * this form is sent as it is, and `occurrences` reads back as objects with Dates on either side.
 */
export class CalendarPage<E extends OccurrenceEvent> {
  #occurrences: PageOccurrence<E>[] | undefined;

  constructor(
    readonly events: E[],
    readonly times: number[],
    readonly truncated: boolean,
  ) {}

  get occurrences(): PageOccurrence<E>[] {
    if (!this.#occurrences) {
      const { events, times } = this;
      const occurrences: PageOccurrence<E>[] = [];
      for (let i = 0; i < times.length; i += 3)
        occurrences.push({
          ...events[times[i]!]!,
          start: new Date(times[i + 1]!),
          end: new Date(times[i + 2]!),
        });
      this.#occurrences = occurrences;
    }
    return this.#occurrences;
  }

  /** The same occurrences with each event's fields changed (e.g. internal ones left out). */
  mapEvents<F extends OccurrenceEvent>(change: (event: E) => F): CalendarPage<F> {
    return new CalendarPage(this.events.map(change), this.times, this.truncated);
  }
}

/** On the wire each event is a row of values under one list of field names. */
interface WirePage {
  fields: string[];
  events: unknown[][];
  times: number[];
  truncated: boolean;
}

function toWire({ events, times, truncated }: CalendarPage<OccurrenceEvent>): WirePage {
  const fields = events.length ? Object.keys(events[0]!) : [];
  const rows = events.map((event) => fields.map((field) => event[field as keyof OccurrenceEvent]));
  return { fields, events: rows, times, truncated };
}

function fromWire({ fields, events, times, truncated }: WirePage): CalendarPage<OccurrenceEvent> {
  const objects = events.map((row) => {
    const event: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 1) event[fields[i]!] = row[i];
    return event;
  });
  return new CalendarPage(objects as unknown as OccurrenceEvent[], times, truncated);
}

// superjson takes what `serialize` returns as it is, without walking into it.
superjson.registerCustom<CalendarPage<OccurrenceEvent>, JSONValue>(
  {
    isApplicable: (value): value is CalendarPage<OccurrenceEvent> => value instanceof CalendarPage,
    serialize: (page) => toWire(page) as unknown as JSONValue,
    deserialize: (wire) => fromWire(wire as unknown as WirePage),
  },
  "CalendarPage",
);

/** superjson with the custom values above registered: the one transformer of server and clients. */
export const transformer = superjson;
