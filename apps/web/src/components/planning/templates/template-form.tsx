"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BilingualInputs } from "@/components/events/bilingual-inputs";
import { BilingualText } from "@/components/events/bilingual-text";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { offsetUnits } from "@/lib/due-offset";
import { hasErrorKey } from "@/trpc/api-error";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";
import { taskPriorities } from "../choices";
import type { TaskTemplate } from "../types";
import type { TemplateValues } from "./template-values";

/** Titles and descriptions in both languages, when the task is due, its priority and prerequisites. */
export function TemplateForm({
  initial,
  siblings,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: TemplateValues;
  /** The department's other templates, which this one may wait for. */
  siblings: TaskTemplate[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: TemplateValues) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("templates.form");
  const tPriority = useTranslations("tasks.priorities");
  const errorMessage = useErrorMessage();
  const fieldError = useFieldErrors(error);
  const [values, setValues] = useState(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const set = (change: Partial<TemplateValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = !values.titleEn.trim() && !values.titleAr.trim();
    setTitleMissing(missing);
    if (!missing) onSubmit(values);
  };
  const prerequisiteError = hasErrorKey(error, "errors.prerequisiteCycle", "errors.prerequisiteInvalid")
    ? errorMessage(error)
    : undefined;
  const fields = ["titleEn", "titleAr", "descriptionEn", "descriptionAr", "dueOffset"];
  const hasFieldErrors = fields.some((field) => fieldError(field));

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <BilingualInputs
        fields={["title", "description"]}
        idPrefix="template"
        values={values}
        fieldError={fieldError}
        problems={{ title: titleMissing && t("titleRequired") }}
        onChange={set}
      />
      <fieldset>
        <legend className="block text-sm font-medium text-slate-800">{t("due")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <FormField id="template-amount" label={t("amount")} error={fieldError("dueOffset")}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                dir="ltr"
                min={0}
                step={1}
                required
                value={values.amount}
                onChange={(event) => set({ amount: event.target.value })}
                className={inputClass}
              />
            )}
          </FormField>
          <SelectField
            id="template-unit"
            label={t("unit")}
            value={values.unit}
            options={offsetUnits.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
            onChange={(unit) => set({ unit: unit as TemplateValues["unit"] })}
          />
          <SelectField
            id="template-direction"
            label={t("direction")}
            value={values.direction}
            options={[
              { value: "before", label: t("before") },
              { value: "after", label: t("after") },
            ]}
            onChange={(direction) => set({ direction: direction as TemplateValues["direction"] })}
          />
          <SelectField
            id="template-anchor"
            label={t("anchor")}
            value={values.anchor}
            options={[
              { value: "start", label: t("start") },
              { value: "end", label: t("end") },
            ]}
            onChange={(anchor) => set({ anchor: anchor as TemplateValues["anchor"] })}
          />
        </div>
      </fieldset>
      <SelectField
        id="template-priority"
        label={t("priority")}
        value={values.priority}
        options={taskPriorities.map((priority) => ({ value: priority, label: tPriority(priority) }))}
        onChange={(priority) => set({ priority: priority as TemplateValues["priority"] })}
      />
      <CheckboxList
        legend={t("prerequisites")}
        hint={t("prerequisitesHint")}
        error={prerequisiteError}
        options={siblings.map((sibling) => ({
          value: sibling.id,
          label: <BilingualText en={sibling.titleEn} ar={sibling.titleAr} />,
        }))}
        selected={values.prerequisiteIds}
        empty={t("noSiblings")}
        onChange={(prerequisiteIds) => set({ prerequisiteIds })}
      />
      <FormActions
        cancelLabel={t("cancel")}
        submitLabel={submitLabel}
        pending={pending}
        error={error != null && !hasFieldErrors && !prerequisiteError && errorMessage(error)}
        onCancel={onCancel}
      />
    </form>
  );
}
