"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ContactPicker, type PickedContact } from "@/components/contacts/contact-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass, labelClass } from "@/components/ui/field";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

const blank = { id: undefined as string | undefined, name: "", bodyEn: "", bodyAr: "" };

/** Campaign templates: pick one or start a new one, write both bodies and see them rendered as you type. */
export function TemplatesEditor() {
  const t = useTranslations("campaigns.templates");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const { can } = useCapabilities();
  const templates = useQuery(trpc.campaigns.templates.list.queryOptions());
  const [draft, setDraft] = useState(blank);
  const [saved, setSaved] = useState<number | null>(null);
  const settled = useDebouncedValue(draft, 300);
  const [previewContact, setPreviewContact] = useState<PickedContact[]>([]);
  const preview = useQuery({
    ...trpc.campaigns.templates.preview.queryOptions({
      bodyEn: settled.bodyEn || " ",
      bodyAr: settled.bodyAr || " ",
      contactId: previewContact[0]?.id,
    }),
    placeholderData: (previous) => previous,
  });
  const save = useMutation(
    trpc.campaigns.templates.save.mutationOptions({
      onSuccess: async (template) => {
        setDraft((current) => ({ ...current, id: template.id }));
        setSaved(template.version);
        await queryClient.invalidateQueries(trpc.campaigns.templates.list.queryFilter());
      },
    }),
  );
  const edit = (field: "name" | "bodyEn" | "bodyAr") => (event: { target: { value: string } }) => {
    setSaved(null);
    setDraft((current) => ({ ...current, [field]: event.target.value }));
  };
  const unknown = preview.data?.unknown ?? [];

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title={t("listTitle")}>
        <QueryView
          query={templates}
          loadFailed={t("loadFailed")}
          empty={<EmptyState title={t("empty.title")} body={t("empty.body")} />}
        >
          {(rows) => (
            <ul className="divide-y divide-slate-100">
              {rows.map((row) => (
                <li key={row.id} className="py-2">
                  <button
                    type="button"
                    className="text-start font-medium text-brand-700 hover:underline"
                    onClick={() => {
                      setSaved(null);
                      setDraft({ id: row.id, name: row.name, bodyEn: row.bodyEn, bodyAr: row.bodyAr });
                    }}
                  >
                    {row.name}
                  </button>
                  <span className="ms-2 text-sm text-slate-500">
                    {t("version", { version: row.version })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
        {can("campaigns.manage") && (
          <button
            type="button"
            className={`${buttonClass("secondary", "sm")} mt-3`}
            onClick={() => setDraft(blank)}
          >
            {t("new")}
          </button>
        )}
      </Card>
      <div className="lg:col-span-2">
        <Card title={draft.id ? t("editTitle") : t("newTitle")}>
          <form
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(draft);
            }}
          >
            <label className={labelClass}>
              {t("name")}
              <input
                className={inputClass}
                value={draft.name}
                onChange={edit("name")}
                required
                maxLength={200}
              />
            </label>
            <div className="grid gap-4 md:grid-cols-2">
              <label className={labelClass}>
                {t("bodyEn")}
                <textarea
                  className={inputClass}
                  rows={6}
                  dir="ltr"
                  lang="en"
                  value={draft.bodyEn}
                  onChange={edit("bodyEn")}
                  required
                />
              </label>
              <label className={labelClass}>
                {t("bodyAr")}
                <textarea
                  className={inputClass}
                  rows={6}
                  dir="rtl"
                  lang="ar"
                  value={draft.bodyAr}
                  onChange={edit("bodyAr")}
                  required
                />
              </label>
            </div>
            <p className="text-sm text-slate-600">
              {t("variables")}{" "}
              {(preview.data?.variables ?? []).map((name) => (
                <code key={name} dir="ltr" className="me-2 rounded bg-slate-100 px-1">{`{{${name}}}`}</code>
              ))}
            </p>
            {unknown.length > 0 && <Alert tone="error">{t("unknown", { names: unknown.join(", ") })}</Alert>}
            {save.isError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
            {saved !== null && <Alert tone="success">{t("saved", { version: saved })}</Alert>}
            {can("campaigns.manage") && (
              <button type="submit" className={buttonClass()} disabled={save.isPending}>
                {t("save")}
              </button>
            )}
          </form>
        </Card>
        <div className="mt-6">
          <Card title={t("previewTitle")}>
            <p className="mb-3 text-sm text-slate-500">{t("previewHint")}</p>
            <div className="mb-4">
              <ContactPicker
                legend={t("previewContact")}
                picked={previewContact}
                single
                emptyLabel={t("previewSample")}
                onChange={setPreviewContact}
              />
            </div>
            <div className="grid gap-4 md:grid-cols-2" data-testid="template-preview">
              <figure>
                <figcaption className="text-sm font-medium text-slate-700">{t("previewEn")}</figcaption>
                <p
                  dir="ltr"
                  lang="en"
                  className="mt-1 whitespace-pre-wrap rounded-lg bg-emerald-50 p-3 text-slate-900"
                  data-testid="preview-en"
                >
                  {preview.data?.en}
                </p>
              </figure>
              <figure>
                <figcaption className="text-sm font-medium text-slate-700">{t("previewAr")}</figcaption>
                <p
                  dir="rtl"
                  lang="ar"
                  className="mt-1 whitespace-pre-wrap rounded-lg bg-emerald-50 p-3 text-slate-900"
                  data-testid="preview-ar"
                >
                  {preview.data?.ar}
                </p>
              </figure>
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
