"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { CsvFileField } from "@/components/ui/csv-file-field";
import { Dialog } from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { CsvImportReport } from "./csv-import-report";

const maxBytes = 5_000_000;

/**
 * Importing events from a CSV file in two steps: a dry run that lists every row's problems and
 * writes nothing, then the import itself, which writes all rows or none.
 */
export function CsvImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("csv");
  const tErrors = useTranslations("errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const check = useMutation(trpc.events.importCsv.mutationOptions());
  const save = useMutation(
    trpc.events.importCsv.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.events.pathFilter()),
    }),
  );

  const close = () => {
    setCsv(null);
    setFileProblem(null);
    check.reset();
    save.reset();
    onClose();
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    check.reset();
    save.reset();
    setCsv(null);
    setFileProblem(null);
    if (!file) return;
    if (file.size > maxBytes) return setFileProblem(tErrors("tooLong"));
    const text = await file.text();
    setCsv(text);
    check.mutate({ csv: text, dryRun: true });
  };

  const preview = check.data;
  const result = save.data;
  return (
    <Dialog open={open} onClose={close} title={t("importTitle")} size="lg">
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t("importIntro")}</p>
        <CsvFileField id="csv-file" label={t("chooseFile")} hint={t("fileHint")} onChange={choose} />
        {fileProblem && <Alert tone="error">{fileProblem}</Alert>}
        {check.isPending && <p className="text-sm text-slate-600">{t("checking")}</p>}
        {check.isError && <Alert tone="error">{errorMessage(check.error)}</Alert>}
        {preview && !result && <CsvImportReport report={preview} />}
        {save.isError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
        {result?.status === "imported" && (
          <Alert tone="success">
            <span data-testid="csv-imported">{t("imported", { count: result.created })}</span>
          </Alert>
        )}
        {result?.status === "refused" && <Alert tone="error">{t("refused")}</Alert>}
        {preview && preview.invalid > 0 && !result && <Alert tone="error">{t("fixFirst")}</Alert>}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className={buttonClass("secondary")} onClick={close}>
            {result ? t("done") : t("cancel")}
          </button>
          {preview && !result && (
            <button
              type="button"
              className={buttonClass("primary")}
              disabled={preview.invalid > 0 || save.isPending || csv === null}
              onClick={() => csv !== null && save.mutate({ csv, dryRun: false })}
            >
              {save.isPending ? t("importing") : t("importNow", { count: preview.total })}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
