"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Locale } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { BilingualFields } from "@/components/ui/bilingual-fields";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { WaTemplate } from "../types";
import { TemplatePreview } from "./template-preview";
import { VariableList } from "./variable-list";

/** Both languages' wording side by side, its variables, and what an announcement will look like. */
export function TemplateForm({ template, onDone }: { template: WaTemplate; onDone: () => void }) {
  const t = useTranslations("whatsapp.templates");
  const tLanguage = useTranslations("planning.languageNames");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [bodies, setBodies] = useState<Record<Locale, string>>({ en: template.bodyEn, ar: template.bodyAr });
  const fields = useRef<Partial<Record<Locale, HTMLTextAreaElement | HTMLInputElement>>>({});
  const lastFocused = useRef<Locale>("en");
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.whatsapp.templates.list.queryKey() });
      onDone();
    },
  };
  const create = useMutation(trpc.whatsapp.templates.create.mutationOptions(done));
  const update = useMutation(trpc.whatsapp.templates.update.mutationOptions(done));
  const reset = useMutation(trpc.whatsapp.templates.delete.mutationOptions(done));
  const failed = [create, update, reset].find((mutation) => mutation.isError);
  const pending = create.isPending || update.isPending || reset.isPending;

  /** Puts `{{name}}` where the cursor was in the field last used. */
  const insert = (name: string) => {
    const language = lastFocused.current;
    const field = fields.current[language];
    const text = `{{${name}}}`;
    const start = field?.selectionStart ?? bodies[language].length;
    const end = field?.selectionEnd ?? start;
    setBodies((current) => ({
      ...current,
      [language]: current[language].slice(0, start) + text + current[language].slice(end),
    }));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { bodyEn: bodies.en, bodyAr: bodies.ar };
    if (template.id) update.mutate({ id: template.id, ...input });
    else create.mutate({ key: template.key, ...input });
  };

  return (
    <form onSubmit={submit} className="space-y-5">
      <BilingualFields
        idPrefix={`wa-template-${template.key}`}
        name="body"
        labels={{
          en: t("bodyLabel", { language: tLanguage("en") }),
          ar: t("bodyLabel", { language: tLanguage("ar") }),
        }}
        values={bodies}
        rows={8}
        required
        maxLength={4000}
        className="grid gap-4 md:grid-cols-2"
        inputClassName={`${inputClass} text-sm leading-relaxed`}
        onChange={(language, value) => setBodies((current) => ({ ...current, [language]: value }))}
        onFocus={(language) => {
          lastFocused.current = language;
        }}
        inputRef={(language, element) => {
          fields.current[language] = element ?? undefined;
        }}
      />
      <VariableList variables={template.variables} onInsert={insert} />
      <TemplatePreview templateKey={template.key} bodyEn={bodies.en} bodyAr={bodies.ar} />
      <FormActions
        cancelLabel={t("cancel")}
        submitLabel={t("save")}
        pending={pending}
        error={failed && errorMessage(failed.error)}
        start={
          template.id ? (
            <button
              type="button"
              className="text-sm font-medium text-brand-700 hover:underline"
              disabled={pending}
              onClick={() => reset.mutate({ id: template.id! })}
            >
              {t("useBuiltIn")}
            </button>
          ) : (
            <span className="text-sm text-slate-500">{t("builtInNote")}</span>
          )
        }
        onCancel={onDone}
      />
    </form>
  );
}
