"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { type CalendarFilters, filtersInput } from "@/lib/calendar-url";
import { saveFile } from "@/lib/save-file";
import { useTRPC } from "@/trpc/react";
import type { Notice } from "./notice";

/** Saves the events behind the current view and filters as a CSV file (the import's format). */
export function CsvExportButton({
  range,
  filters,
  onNotice,
}: {
  range: { start: Date; end: Date } | null;
  filters: CalendarFilters;
  onNotice: (notice: Notice) => void;
}) {
  const t = useTranslations("csv");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const download = async () => {
    if (!range) return;
    setPending(true);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.events.exportCsv.queryOptions({ from: range.start, to: range.end, ...filtersInput(filters) }),
        staleTime: 0,
      });
      saveFile(file.content, file.filename, "text/csv;charset=utf-8");
      onNotice({ tone: "success", text: t("exported", { count: file.rows }) });
    } catch {
      onNotice({ tone: "error", text: t("exportFailed") });
    } finally {
      setPending(false);
    }
  };
  return (
    <button
      type="button"
      className={buttonClass("secondary", "sm")}
      disabled={!range || pending}
      onClick={download}
    >
      {pending ? t("exporting") : t("export")}
    </button>
  );
}
