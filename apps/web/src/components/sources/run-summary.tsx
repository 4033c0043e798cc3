"use client";

import { useTranslations } from "next-intl";
import type { RunItem } from "./types";

type Counts = Pick<
  RunItem,
  | "pagesFetched"
  | "pagesNotModified"
  | "pagesFailed"
  | "eventsFound"
  | "eventsNew"
  | "eventsChanged"
  | "eventsUnchanged"
  | "eventsGone"
>;

/** A run's pages and events in words (numbers with Latin digits, as every count in the app). */
export function useRunSummary() {
  const t = useTranslations("sources");
  return {
    pages: (run: Counts) =>
      t("pagesSummary", {
        fetched: run.pagesFetched,
        notModified: run.pagesNotModified,
        failed: run.pagesFailed,
      }),
    events: (run: Counts) =>
      t("eventsSummary", {
        found: run.eventsFound,
        new: run.eventsNew,
        changed: run.eventsChanged,
        unchanged: run.eventsUnchanged,
        gone: run.eventsGone,
      }),
    progress: (run: Counts) => t("progress", { fetched: run.pagesFetched, found: run.eventsFound }),
  };
}
