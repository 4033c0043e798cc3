"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import type { CategoryOption } from "@/components/calendar/category-filter";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { localized } from "@/lib/bilingual";
import type { EventChoices } from "@/lib/calendar-url";
import { hasFieldErrors } from "@/trpc/api-error";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";
import { BilingualInputs } from "./bilingual-inputs";
import {
  bilingualFields,
  type EventFields,
  type EventFormValues,
  type FormProblem,
  readValues,
  withAllDay,
} from "./event-form-values";
import { RecurrenceFields } from "./recurrence-fields";
import { WhenFields } from "./when-fields";

interface Props {
  idPrefix: string;
  mode: "create" | "edit";
  initial: EventFormValues;
  timeZone: string;
  categories: CategoryOption[];
  choices: EventChoices;
  pending: boolean;
  /** The last failed save, whose field errors are shown beside the fields. */
  error: unknown;
  /** A message above the buttons, e.g. a version conflict. */
  notice?: ReactNode;
  onSubmit: (fields: EventFields, status: EventFormValues["status"]) => void;
  onCancel: () => void;
}

/** Every field of an event, for creating one (from a selected slot) and for editing one. */
export function EventForm({
  idPrefix,
  mode,
  initial,
  timeZone,
  categories,
  choices,
  pending,
  error,
  ...rest
}: Props) {
  const t = useTranslations("event");
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const serverError = useFieldErrors(error);
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const tErrors = useTranslations("errors");
  const set = (change: Partial<EventFormValues>) => setValues((current) => ({ ...current, ...change }));
  const fieldError = (formField: string, apiField = formField) =>
    problem?.field === formField ? tErrors(problem.key) : serverError(apiField);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readValues(values, timeZone);
    setProblem(read.problem);
    if (read.fields) rest.onSubmit(read.fields, values.status);
  };

  const failed = error !== null && error !== undefined;
  // With field errors the fields say what is wrong; the summary only points at them.
  const fieldsRefused = hasFieldErrors(error);

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <fieldset className="space-y-4">
        <legend className="mb-1 text-sm font-semibold text-slate-900">{t("form.sections.text")}</legend>
        <p className="text-xs text-slate-500">{t("form.bilingualHint")}</p>
        <BilingualInputs
          fields={bilingualFields}
          idPrefix={idPrefix}
          values={values}
          fieldError={fieldError}
          onChange={set}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 text-sm font-semibold text-slate-900">{t("form.sections.when")}</legend>
        <WhenFields
          idPrefix={idPrefix}
          allDay={values.allDay}
          start={values.start}
          end={values.end}
          timeZone={timeZone}
          errors={{ start: fieldError("start", "startsAt"), end: fieldError("end", "endsAt") }}
          onAllDay={(allDay) => setValues((current) => withAllDay(current, allDay))}
          onChange={(field, value) => set({ [field]: value })}
        />
        <RecurrenceFields
          idPrefix={idPrefix}
          preset={values.recurrence}
          end={values.recurrenceEnd}
          custom={values.customRule}
          error={serverError("rrule")}
          onChange={set}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 text-sm font-semibold text-slate-900">{t("form.sections.details")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id={`${idPrefix}-category`}
            label={t("fields.categoryId")}
            value={values.categoryId}
            emptyLabel={t("noCategory")}
            options={categories.map((category) => {
              const name = localized(category.nameEn, category.nameAr, locale);
              return { value: category.id, label: name?.text ?? "", lang: name?.lang };
            })}
            error={serverError("categoryId")}
            onChange={(categoryId) => set({ categoryId })}
          />
          <SelectField
            id={`${idPrefix}-type`}
            label={t("fields.type")}
            value={values.type}
            options={choices.types.map((value) => ({ value, label: t(`types.${value}`) }))}
            onChange={(type) => set({ type: type as EventFormValues["type"] })}
          />
          <SelectField
            id={`${idPrefix}-scope`}
            label={t("fields.scope")}
            value={values.scope}
            options={choices.scopes.map((value) => ({ value, label: t(`scopes.${value}`) }))}
            onChange={(scope) => set({ scope: scope as EventFormValues["scope"] })}
          />
          <SelectField
            id={`${idPrefix}-visibility`}
            label={t("fields.visibility")}
            value={values.visibility}
            options={choices.visibilities.map((value) => ({ value, label: t(`visibilities.${value}`) }))}
            onChange={(visibility) => set({ visibility: visibility as EventFormValues["visibility"] })}
          />
          <FormField id={`${idPrefix}-link`} label={t("fields.link")} error={serverError("link")}>
            {(control) => (
              <input
                {...control}
                type="url"
                dir="ltr"
                maxLength={2000}
                placeholder="https://"
                value={values.link}
                onChange={(event) => set({ link: event.target.value })}
                className={inputClass}
              />
            )}
          </FormField>
          <FormField
            id={`${idPrefix}-attendance`}
            label={t("fields.expectedAttendance")}
            error={serverError("expectedAttendance")}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                dir="ltr"
                value={values.expectedAttendance}
                onChange={(event) => set({ expectedAttendance: event.target.value })}
                className={inputClass}
              />
            )}
          </FormField>
          {mode === "create" && (
            <SelectField
              id={`${idPrefix}-status`}
              label={t("form.saveAs")}
              value={values.status}
              options={(["draft", "published"] as const).map((value) => ({
                value,
                label: t(`statuses.${value}`),
              }))}
              onChange={(status) => set({ status: status as EventFormValues["status"] })}
            />
          )}
        </div>
      </fieldset>

      <div className="space-y-3">
        {rest.notice}
        <FormActions
          cancelLabel={t("form.discard")}
          submitLabel={mode === "create" ? t("form.create") : t("form.save")}
          pendingLabel={t("form.saving")}
          pending={pending}
          error={failed && (fieldsRefused ? tErrors("invalidInput") : errorMessage(error))}
          onCancel={rest.onCancel}
        />
      </div>
    </form>
  );
}
