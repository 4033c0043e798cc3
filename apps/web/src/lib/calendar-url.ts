/**
 * The calendar's state as it appears in the page URL, so that a link restores the same view:
 * `?view=week&date=2026-03-02&category=<id>,<id>&type=local&scope=external&department=<id>&source=manual&q=fair`.
 * Unknown or malformed values are dropped rather than refused: a hand-edited link still opens.
 */

import type { eventScopes, eventSources, eventTypes, eventVisibilities } from "@taqweem/db/schema";

export type EventType = (typeof eventTypes)[number];
export type EventScope = (typeof eventScopes)[number];
export type EventSource = (typeof eventSources)[number];
export type EventVisibility = (typeof eventVisibilities)[number];

export const calendarViews = ["month", "week", "day", "list"] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface CalendarFilters {
  categoryIds: string[];
  types: EventType[];
  scopes: EventScope[];
  sources: EventSource[];
  departmentIds: string[];
  q: string;
}

export interface CalendarUrlState {
  view: CalendarView;
  /** `YYYY-MM-DD` of the first day shown; null means today. */
  date: string | null;
  filters: CalendarFilters;
}

/** The values each enumerated field accepts (from the database schema, passed in by the page). */
export interface FilterChoices {
  types: readonly EventType[];
  scopes: readonly EventScope[];
  sources: readonly EventSource[];
}

export interface EventChoices extends FilterChoices {
  visibilities: readonly EventVisibility[];
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dateKey = /^\d{4}-\d{2}-\d{2}$/;

const listParams = {
  categoryIds: "category",
  types: "type",
  scopes: "scope",
  sources: "source",
  departmentIds: "department",
} as const satisfies Record<Exclude<keyof CalendarFilters, "q">, string>;

function readList<T extends string>(
  params: URLSearchParams,
  name: string,
  accept: (value: string) => value is T,
): T[] {
  return [...new Set((params.get(name) ?? "").split(",").filter(accept))];
}

export function parseCalendarParams(
  params: URLSearchParams,
  choices: FilterChoices,
  views: readonly CalendarView[] = calendarViews,
): CalendarUrlState {
  const view = params.get("view");
  const date = params.get("date");
  const isUuid = (value: string): value is string => uuid.test(value);
  const oneOf =
    <T extends string>(allowed: readonly T[]) =>
    (value: string): value is T =>
      allowed.includes(value as T);
  return {
    view: views.includes(view as CalendarView) ? (view as CalendarView) : views[0]!,
    date: date && dateKey.test(date) ? date : null,
    filters: {
      categoryIds: readList(params, listParams.categoryIds, isUuid),
      types: readList(params, listParams.types, oneOf(choices.types)),
      scopes: readList(params, listParams.scopes, oneOf(choices.scopes)),
      sources: readList(params, listParams.sources, oneOf(choices.sources)),
      departmentIds: readList(params, listParams.departmentIds, isUuid),
      q: (params.get("q") ?? "").slice(0, 200),
    },
  };
}

/** The query string for a state; empty filters are left out, so a plain calendar has a plain URL. */
export function calendarSearchParams(state: CalendarUrlState): URLSearchParams {
  const params = new URLSearchParams();
  params.set("view", state.view);
  if (state.date) params.set("date", state.date);
  for (const [field, name] of Object.entries(listParams)) {
    const values = state.filters[field as keyof typeof listParams];
    if (values.length > 0) params.set(name, values.join(","));
  }
  if (state.filters.q.trim()) params.set("q", state.filters.q);
  return params;
}

export function hasActiveFilters(filters: CalendarFilters): boolean {
  return (
    filters.q.trim() !== "" ||
    Object.keys(listParams).some((field) => filters[field as keyof typeof listParams].length > 0)
  );
}

export const noFilters: CalendarFilters = {
  categoryIds: [],
  types: [],
  scopes: [],
  sources: [],
  departmentIds: [],
  q: "",
};

/** The filters as `events.range` and `events.exportCsv` take them (empty lists left out). */
export function filtersInput(filters: CalendarFilters) {
  const list = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    categoryIds: list(filters.categoryIds),
    departmentIds: list(filters.departmentIds),
    types: list(filters.types),
    scopes: list(filters.scopes),
    sources: list(filters.sources),
    q: filters.q.trim() || undefined,
  };
}
