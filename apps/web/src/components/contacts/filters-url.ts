import type { ContactFilter } from "@taqweem/db/contact-filter";

export const contactLanguages = ["en", "ar"] as const;
export const contactConsents = ["opted_in", "opted_out", "unknown"] as const;

/** The contacts page's filters as the address keeps them. */
export interface ContactFilterState {
  search: string;
  language: "" | (typeof contactLanguages)[number];
  consent: "" | (typeof contactConsents)[number];
  list: string;
  tag: string;
  favourites: boolean;
}

export const noFilters: ContactFilterState = {
  search: "",
  language: "",
  consent: "",
  list: "",
  tag: "",
  favourites: false,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | "" =>
  values.includes(value as T) ? (value as T) : "";

export function parseContactFilters(params: URLSearchParams): ContactFilterState {
  return {
    search: params.get("q") ?? "",
    language: oneOf(contactLanguages, params.get("lang")),
    consent: oneOf(contactConsents, params.get("consent")),
    list: /^[0-9a-f-]{36}$/i.test(params.get("list") ?? "") ? params.get("list")! : "",
    tag: params.get("tag") ?? "",
    favourites: params.get("fav") === "1",
  };
}

export function contactFilterQuery(state: ContactFilterState): Record<string, string> {
  return {
    q: state.search,
    lang: state.language,
    consent: state.consent,
    list: state.list,
    tag: state.tag,
    fav: state.favourites ? "1" : "",
  };
}

/** The API's filter for the state: what the table, its count, the export and a saved segment use. */
export function contactFilterOf(state: ContactFilterState): ContactFilter {
  const search = state.search.trim();
  const tag = state.tag.trim();
  return {
    ...(search && { search }),
    ...(state.language && { languages: [state.language] }),
    ...(state.consent && { consent: [state.consent] }),
    ...(state.list && { listIds: [state.list] }),
    ...(tag && { tags: [tag] }),
    ...(state.favourites && { favourite: true }),
  };
}

/** The page's filters for a saved segment (its first value of each kind). */
export function stateOfFilter(filter: ContactFilter): ContactFilterState {
  return {
    search: filter.search ?? "",
    language: filter.languages?.[0] ?? "",
    consent: filter.consent?.[0] ?? "",
    list: filter.listIds?.[0] ?? "",
    tag: filter.tags?.[0] ?? "",
    favourites: filter.favourite === true,
  };
}

export const isFiltered = (state: ContactFilterState) =>
  Object.values(contactFilterQuery(state)).some((value) => value !== "");
