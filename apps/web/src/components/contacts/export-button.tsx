"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ContactFilter } from "@taqweem/db/contact-filter";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { saveFile } from "@/lib/save-file";
import { useTRPC } from "@/trpc/react";

/** Saves the contacts the current filters select as a CSV file (the import's format). */
export function ContactExportButton({
  filter,
  onDone,
}: {
  filter: ContactFilter;
  onDone: (notice: { tone: "success" | "error"; text: string }) => void;
}) {
  const t = useTranslations("contacts.export");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.contacts.exportCsv.queryOptions({ filter }),
        staleTime: 0,
      });
      saveFile(file.content, file.filename, "text/csv;charset=utf-8");
      onDone({ tone: "success", text: t("done", { count: file.rows }) });
    } catch {
      onDone({ tone: "error", text: t("failed") });
    } finally {
      setPending(false);
    }
  };
  return (
    <button type="button" className={buttonClass("secondary")} disabled={pending} onClick={download}>
      {pending ? t("pending") : t("label")}
    </button>
  );
}
