"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type ChangeEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { CsvFileField } from "@/components/ui/csv-file-field";
import { Dialog } from "@/components/ui/dialog";
import { labelClass } from "@/components/ui/field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { ImportReportView } from "./import-report";
import { useImportProgress } from "./use-import-progress";

const maxBytes = 15_000_000;
const modes = ["add_new", "update_existing"] as const;
type Mode = (typeof modes)[number];

/**
 * Importing contacts from a CSV file: choose the mode, a dry run lists every row's problems and
 * writes nothing, then the import writes all rows or none, with its progress pushed live.
 */
export function ContactImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("contacts.import");
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} size="lg">
      <ImportSteps onClose={onClose} />
    </Dialog>
  );
}

function ImportSteps({ onClose }: { onClose: () => void }) {
  const t = useTranslations("contacts.import");
  const tErrors = useTranslations("errors");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [importId] = useState(() => crypto.randomUUID());
  const progress = useImportProgress(importId);
  const [csv, setCsv] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>("add_new");
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const check = useMutation(trpc.contacts.import.mutationOptions());
  const save = useMutation(
    trpc.contacts.import.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.contacts.pathFilter()),
    }),
  );
  const dryRun = (text: string, chosen: Mode) => {
    save.reset();
    check.mutate({ csv: text, mode: chosen, dryRun: true, importId });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    check.reset();
    save.reset();
    setCsv(null);
    setFileProblem(null);
    if (!file) return;
    if (file.size > maxBytes) return setFileProblem(tErrors("requestTooLarge"));
    const text = await file.text();
    setCsv(text);
    dryRun(text, mode);
  };
  const chooseMode = (next: Mode) => {
    setMode(next);
    if (csv !== null) dryRun(csv, next);
  };

  const preview = check.data;
  const result = save.data;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <fieldset>
        <legend className={labelClass}>{t("mode")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {modes.map((option) => (
            <label
              key={option}
              className="flex gap-2 rounded-lg border border-slate-200 p-3 text-sm has-checked:border-brand-600 has-checked:bg-brand-50/40"
            >
              <input
                type="radio"
                name="contact-import-mode"
                value={option}
                checked={mode === option}
                disabled={save.isPending || Boolean(result)}
                onChange={() => chooseMode(option)}
                className="mt-0.5"
              />
              <span>
                <span className="block font-medium text-slate-900">{t(`modes.${option}`)}</span>
                <span className="block text-slate-600">{t(`modes.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <CsvFileField id="contact-csv-file" label={t("chooseFile")} hint={t("fileHint")} onChange={choose} />
      <div aria-live="polite" className="space-y-3 empty:hidden">
        {fileProblem && <Alert tone="error">{fileProblem}</Alert>}
        {check.isPending && <p className="text-sm text-slate-600">{t("checking")}</p>}
        {check.isError && <Alert tone="error">{errorMessage(check.error)}</Alert>}
        {save.isPending && progress && (
          <div>
            <progress
              className="h-2 w-full"
              max={progress.total}
              value={progress.done}
              aria-label={t("progressLabel")}
            />
            <p className="mt-1 text-sm text-slate-600 tabular-nums">
              {t("progress", { done: progress.done, total: progress.total })}
            </p>
          </div>
        )}
        {save.isError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
        {result?.status === "imported" && (
          <Alert tone="success">
            <span data-testid="contacts-imported">{t("imported", { count: result.written })}</span>
          </Alert>
        )}
        {result?.status === "refused" && <Alert tone="error">{t("refused")}</Alert>}
        {preview && preview.invalid > 0 && !result && <Alert tone="error">{t("fixFirst")}</Alert>}
      </div>
      {preview && !result && <ImportReportView report={preview} />}
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={buttonClass("secondary")} onClick={onClose}>
          {result ? t("done") : t("cancel")}
        </button>
        {preview && !result && (
          <button
            type="button"
            className={buttonClass("primary")}
            data-testid="import-now"
            disabled={preview.invalid > 0 || save.isPending || check.isPending || csv === null}
            onClick={() => csv !== null && save.mutate({ csv, mode, dryRun: false, importId })}
          >
            {save.isPending ? t("importing") : t("importNow", { count: preview.total })}
          </button>
        )}
      </div>
    </div>
  );
}
