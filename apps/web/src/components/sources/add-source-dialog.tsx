"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { autoImportStatuses, scrapeSourceKinds } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";

type Kind = (typeof scrapeSourceKinds)[number];
type ImportStatus = (typeof autoImportStatuses)[number];

const blank = {
  kind: "jsonld" as Kind,
  name: "",
  baseUrl: "",
  startUrl: "",
  schedule: "",
  autoImport: false,
  autoImportStatus: "draft" as ImportStatus,
};

/** Admins add a source: the two known sites, or any JSON-LD site or iCalendar feed. */
export function AddSourceDialog() {
  const t = useTranslations("sources");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(blank);
  const create = useMutation(
    trpc.sources.create.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setValues(blank);
        await queryClient.invalidateQueries({ queryKey: trpc.sources.list.queryKey() });
      },
    }),
  );
  const fieldError = useFieldErrors(create.error);
  const set = (change: Partial<typeof blank>) => setValues((current) => ({ ...current, ...change }));
  const generic = values.kind === "jsonld" || values.kind === "ical";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...values, startUrl: generic && values.startUrl ? values.startUrl : null });
  };
  const text = (
    field: "name" | "baseUrl" | "startUrl" | "schedule",
    label: string,
    hint?: string,
    ltr = true,
  ) => (
    <FormField id={`source-${field}`} label={label} hint={hint} error={fieldError(field)}>
      {(control) => (
        <input
          {...control}
          dir={ltr ? "ltr" : "auto"}
          value={values[field]}
          onChange={(event) => set({ [field]: event.target.value })}
          className={inputClass}
        />
      )}
    </FormField>
  );

  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        {t("add")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("addTitle")}>
        <form onSubmit={submit} className="space-y-4">
          <SelectField
            id="source-kind"
            label={t("fields.kind")}
            value={values.kind}
            options={scrapeSourceKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            onChange={(kind) => set({ kind: scrapeSourceKinds.find((k) => k === kind) ?? "jsonld" })}
          />
          {text("name", t("fields.name"), undefined, false)}
          {text("baseUrl", t("fields.baseUrl"), t("fields.baseUrlHint"))}
          {generic && text("startUrl", t("fields.startUrl"), t("fields.startUrlHint"))}
          {text("schedule", t("columns.schedule"), t("scheduleHint"))}
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              className="size-4 rounded border-slate-300"
              checked={values.autoImport}
              onChange={(event) => set({ autoImport: event.target.checked })}
            />
            {t("fields.autoImport")}
          </label>
          {values.autoImport && (
            <SelectField
              id="source-auto-import-status"
              label={t("fields.autoImportStatus")}
              value={values.autoImportStatus}
              options={autoImportStatuses.map((status) => ({
                value: status,
                label: t(`importAs.${status}`),
              }))}
              onChange={(status) =>
                set({ autoImportStatus: autoImportStatuses.find((s) => s === status) ?? "draft" })
              }
            />
          )}
          <FormActions
            cancelLabel={t("cancel")}
            submitLabel={t("create")}
            pendingLabel={t("creating")}
            pending={create.isPending}
            error={create.error ? errorMessage(create.error) : undefined}
            onCancel={() => setOpen(false)}
          />
        </form>
      </Dialog>
    </>
  );
}
