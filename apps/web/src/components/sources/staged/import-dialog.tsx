"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormActions } from "@/components/ui/form-actions";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useRefreshStaged } from "./use-refresh-staged";

const statuses = ["draft", "published"] as const;

/** Imports a staged event as a calendar event, in draft or published, with a category. */
export function ImportDialog({ stagedId }: { stagedId: string }) {
  const t = useTranslations("sources.staged");
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshStaged(stagedId);
  const errorMessage = useErrorMessage();
  const categories = useQuery(trpc.categories.list.queryOptions());
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<(typeof statuses)[number]>("draft");
  const [categoryId, setCategoryId] = useState("");
  const importEvent = useMutation(
    trpc.sources.import.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await refresh();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    importEvent.mutate({ id: stagedId, status, categoryId: categoryId || null });
  };
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        {t("import")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("importTitle")}>
        <form onSubmit={submit} className="space-y-4">
          <SelectField
            id="import-status"
            label={t("importStatus")}
            value={status}
            options={statuses.map((value) => ({
              value,
              label: value === "draft" ? t("statusDraft") : t("statusPublished"),
            }))}
            onChange={(value) => setStatus(value === "published" ? "published" : "draft")}
          />
          <SelectField
            id="import-category"
            label={t("category")}
            value={categoryId}
            emptyLabel={t("noCategory")}
            options={(categories.data ?? []).map((category) => ({
              value: category.id,
              label: locale === "ar" ? category.nameAr : category.nameEn,
            }))}
            onChange={setCategoryId}
          />
          <FormActions
            cancelLabel={t("cancel")}
            submitLabel={t("import")}
            pendingLabel={t("importing")}
            pending={importEvent.isPending}
            error={importEvent.error ? errorMessage(importEvent.error) : undefined}
            onCancel={() => setOpen(false)}
          />
        </form>
      </Dialog>
    </>
  );
}
