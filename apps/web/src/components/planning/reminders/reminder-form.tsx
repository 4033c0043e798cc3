"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { Ltr } from "@/components/ui/ltr";
import { SelectField } from "@/components/ui/select-field";
import { useCapabilities } from "@/hooks/use-capabilities";
import { offsetUnits } from "@/lib/due-offset";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";
import { reminderOffsets } from "../choices";
import { WhatsappTargetFields } from "../whatsapp-target-fields";
import { KnownWhatsappFields } from "./known-whatsapp-fields";
import { hasAudience, type ReminderValues } from "./reminder-values";
import { usePeople } from "./use-people";

/** When the reminder goes out (a preset or a custom lead time) and to whom. */
export function ReminderForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: ReminderValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ReminderValues) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("reminders.form");
  const tOffset = useTranslations("reminders.offsets");
  const tUnit = useTranslations("templates.form.units");
  const errorMessage = useErrorMessage();
  const fieldError = useFieldErrors(error);
  const { people, pending: peoplePending } = usePeople();
  // Only admins send to a number or group of their choice; editors pick a known recipient.
  const { can } = useCapabilities();
  const offsetName = useId();
  const [values, setValues] = useState(initial);
  const [noAudience, setNoAudience] = useState(false);
  const set = (change: Partial<ReminderValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = !hasAudience(values);
    setNoAudience(missing);
    if (!missing) onSubmit(values);
  };
  const hasFieldErrors = ["customMinutesBefore", "whatsapp", "toDepartments"].some((field) =>
    fieldError(field),
  );

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <fieldset>
        <legend className="block text-sm font-medium text-slate-800">{t("when")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {reminderOffsets.map((offset) => (
            <label
              key={offset}
              className={`flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm ${values.offset === offset ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 text-slate-800 hover:bg-slate-50"}`}
            >
              <input
                type="radio"
                name={offsetName}
                value={offset}
                checked={values.offset === offset}
                onChange={() => set({ offset })}
                className="size-4 accent-brand-700"
              />
              {offset === "custom" ? t("custom") : tOffset(offset)}
            </label>
          ))}
        </div>
        {values.offset === "custom" && (
          <div className="mt-3 grid grid-cols-2 gap-3 sm:max-w-md">
            <FormField
              id="reminder-amount"
              label={t("amount")}
              hint={t("customHint")}
              error={fieldError("customMinutesBefore") && t("customInvalid")}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  dir="ltr"
                  min={1}
                  step={1}
                  value={values.customAmount}
                  onChange={(event) => set({ customAmount: event.target.value })}
                  className={inputClass}
                />
              )}
            </FormField>
            <SelectField
              id="reminder-unit"
              label={t("unit")}
              value={values.customUnit}
              options={offsetUnits.map((unit) => ({ value: unit, label: tUnit(unit) }))}
              onChange={(unit) => set({ customUnit: unit as ReminderValues["customUnit"] })}
            />
          </div>
        )}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="block text-sm font-medium text-slate-800">{t("audiences")}</legend>
        <label className="flex items-start gap-3 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={values.toDepartments}
            onChange={(event) => set({ toDepartments: event.target.checked })}
            className="mt-0.5 size-4 rounded border-slate-300 accent-brand-700"
          />
          <span>
            <span className="block font-medium">{t("toDepartments")}</span>
            <span className="block text-xs text-slate-500">{t("toDepartmentsHint")}</span>
          </span>
        </label>
        <CheckboxList
          legend={t("people")}
          options={people.map((person) => ({
            value: person.id,
            label: person.name,
            hint: <Ltr>{person.email}</Ltr>,
          }))}
          selected={values.userIds}
          empty={peoplePending ? t("loadingPeople") : t("noPeople")}
          onChange={(userIds) => set({ userIds })}
        />
        <div>
          {can("whatsapp.manage") ? (
            <WhatsappTargetFields
              idPrefix="reminder"
              target={{ type: values.whatsappType, recipient: values.whatsappRecipient }}
              locale={values.whatsappLocale}
              error={fieldError("whatsapp") && t("whatsappInvalid")}
              onChange={(target) => set({ whatsappType: target.type, whatsappRecipient: target.recipient })}
              onLocaleChange={(whatsappLocale) => set({ whatsappLocale })}
            />
          ) : (
            <KnownWhatsappFields
              target={{ type: values.whatsappType, recipient: values.whatsappRecipient }}
              locale={values.whatsappLocale}
              error={fieldError("whatsapp") && t("whatsappInvalid")}
              onChange={(target) => set({ whatsappType: target.type, whatsappRecipient: target.recipient })}
              onLocaleChange={(whatsappLocale) => set({ whatsappLocale })}
            />
          )}
        </div>
        {noAudience && (
          <p role="alert" className="text-sm text-red-700">
            {t("noAudience")}
          </p>
        )}
      </fieldset>
      <FormActions
        cancelLabel={t("cancel")}
        submitLabel={submitLabel}
        pending={pending}
        error={error != null && !hasFieldErrors && errorMessage(error)}
        onCancel={onCancel}
      />
    </form>
  );
}
