"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BilingualFields, pairOf } from "@/components/ui/bilingual-fields";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";

export interface CategoryValues {
  nameEn: string;
  nameAr: string;
  color: string;
}

const hexColor = /^#[0-9a-f]{6}$/i;

/** Both names and a colour (picker and hex code in step); for adding and for editing a category. */
export function CategoryForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: CategoryValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: CategoryValues) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("categories");
  const errorMessage = useErrorMessage();
  const fieldError = useFieldErrors(error);
  const [values, setValues] = useState(initial);
  const set = (change: Partial<CategoryValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  const hasFieldErrors = ["nameEn", "nameAr", "color"].some((field) => fieldError(field));
  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto]">
        <BilingualFields
          idPrefix={idPrefix}
          {...pairOf("name", values, fieldError, set)}
          labels={{ en: t("nameEn"), ar: t("nameAr") }}
          required
          maxLength={80}
          className="contents"
        />
        <FormField id={`${idPrefix}-color`} label={t("color")} error={fieldError("color")}>
          {(control) => (
            <div className="mt-1 flex items-center gap-2">
              <input
                {...control}
                type="color"
                value={hexColor.test(values.color) ? values.color.toLowerCase() : "#000000"}
                onChange={(event) => set({ color: event.target.value })}
                className="h-10 w-12 cursor-pointer rounded-lg border border-slate-300 bg-white p-1"
              />
              <input
                aria-label={t("colorCode")}
                dir="ltr"
                maxLength={7}
                value={values.color}
                onChange={(event) => set({ color: event.target.value.trim() })}
                className="block w-24 rounded-lg border border-slate-300 px-2 py-2 font-mono text-sm uppercase"
              />
            </div>
          )}
        </FormField>
      </div>
      <FormActions
        cancelLabel={t("discard")}
        submitLabel={submitLabel}
        pending={pending}
        error={error != null && !hasFieldErrors && errorMessage(error)}
        size="sm"
        onCancel={onCancel}
      />
    </form>
  );
}
