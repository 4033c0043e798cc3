"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";

/** Under a history entry of the source review: which fields came from which scrape run. */
export function HistorySourceNote({ runId, fields }: { runId: string | null; fields: string[] }) {
  const t = useTranslations("sources.history");
  const tField = useTranslations("sources.staged.fields");
  const format = useFormatter();
  if (!runId && fields.length === 0) return null;
  const labels = fields.map((field) => (tField.has(field as "times") ? tField(field as "times") : field));
  return (
    <p className="text-xs text-slate-600" data-testid="history-source">
      {labels.length > 0 && t("fields", { fields: format.list(labels) })}{" "}
      {runId &&
        t.rich("run", { id: runId.slice(0, 8), ltr: (chunks) => <Ltr className="font-mono">{chunks}</Ltr> })}
    </p>
  );
}
