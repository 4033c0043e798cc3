"use client";

import type { Locale } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BilingualFields, pairOf } from "@/components/ui/bilingual-fields";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { Ltr } from "@/components/ui/ltr";
import { SelectField } from "@/components/ui/select-field";
import { Link } from "@/i18n/navigation";
import { hasErrorKey } from "@/trpc/api-error";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";
import { WhatsappTargetFields } from "../whatsapp-target-fields";
import type { DepartmentValues } from "./department-values";

export interface MemberCandidate {
  id: string;
  name: string;
  email: string;
  /** False for a current member who no longer has the department role (or was deactivated). */
  eligible: boolean;
}

/** Both names, shared mailboxes, WhatsApp, language and members; for adding and for editing. */
export function DepartmentForm({
  initial,
  candidates,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: DepartmentValues;
  candidates: MemberCandidate[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: DepartmentValues) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("departments.form");
  const tLanguage = useTranslations("planning.languageNames");
  const errorMessage = useErrorMessage();
  const fieldError = useFieldErrors(error);
  const [values, setValues] = useState(initial);
  const set = (change: Partial<DepartmentValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  const fields = ["nameEn", "nameAr", "emails", "whatsapp", "memberIds"] as const;
  const hasFieldErrors = fields.some((field) => fieldError(field));
  const memberError = hasErrorKey(error, "errors.notDepartmentUser");

  return (
    <form onSubmit={submit} className="space-y-5">
      <BilingualFields
        idPrefix="department"
        {...pairOf("name", values, fieldError, set)}
        labels={{ en: t("nameEn"), ar: t("nameAr") }}
        required
        maxLength={120}
      />
      <FormField
        id="department-emails"
        label={t("emails")}
        hint={t("emailsHint")}
        error={fieldError("emails") && t("emailsInvalid")}
      >
        {(control) => (
          <textarea
            {...control}
            dir="ltr"
            rows={2}
            value={values.emails}
            onChange={(event) => set({ emails: event.target.value })}
            className={inputClass}
          />
        )}
      </FormField>
      <div className="space-y-3">
        <SelectField
          id="department-locale"
          label={t("locale")}
          value={values.locale}
          options={(["ar", "en"] as const).map((value) => ({ value, label: tLanguage(value) }))}
          onChange={(locale) => set({ locale: locale as Locale })}
        />
        <p className="text-xs text-slate-500">{t("localeHint")}</p>
        <WhatsappTargetFields
          idPrefix="department"
          target={{ type: values.whatsappType, recipient: values.whatsappRecipient }}
          error={fieldError("whatsapp") && t("whatsappInvalid")}
          onChange={(target) => set({ whatsappType: target.type, whatsappRecipient: target.recipient })}
        />
      </div>
      <CheckboxList
        legend={t("members")}
        hint={t.rich("membersHint", {
          users: (chunks) => (
            <Link href="/users" className="underline">
              {chunks}
            </Link>
          ),
        })}
        error={memberError ? errorMessage(error) : undefined}
        options={candidates.map((candidate) => ({
          value: candidate.id,
          label: candidate.name,
          hint: (
            <>
              <Ltr>{candidate.email}</Ltr>
              {!candidate.eligible && <> · {t("notEligible")}</>}
            </>
          ),
          disabled: !candidate.eligible && !values.memberIds.includes(candidate.id),
        }))}
        selected={values.memberIds}
        empty={t("noCandidates")}
        onChange={(memberIds) => set({ memberIds })}
      />
      <FormActions
        cancelLabel={t("cancel")}
        submitLabel={submitLabel}
        pending={pending}
        error={error != null && !hasFieldErrors && !memberError && errorMessage(error)}
        onCancel={onCancel}
      />
    </form>
  );
}
