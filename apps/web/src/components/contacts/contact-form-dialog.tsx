"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { examplePhone } from "@taqweem/db/whatsapp-addresses";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BilingualFields, pairOf } from "@/components/ui/bilingual-fields";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { PhoneInput } from "@/components/whatsapp/phone-input";
import { Link } from "@/i18n/navigation";
import { readApiError } from "@/trpc/api-error";
import { useTRPC } from "@/trpc/react";
import { useErrorKeyMessage } from "@/trpc/use-error-message";
import { contactConsents, contactLanguages } from "./filters-url";
import type { ContactDetail } from "./types";

interface FormValues {
  nameEn: string;
  nameAr: string;
  honorific: string;
  organisation: string;
  position: string;
  phone: string;
  email: string;
  language: "en" | "ar";
  tags: string;
  notes: string;
  consent: (typeof contactConsents)[number];
}

const valuesOf = (contact?: ContactDetail): FormValues => ({
  nameEn: contact?.nameEn ?? "",
  nameAr: contact?.nameAr ?? "",
  honorific: contact?.honorific ?? "",
  organisation: contact?.organisation ?? "",
  position: contact?.position ?? "",
  phone: contact?.phone ?? "",
  email: contact?.email ?? "",
  language: contact?.language ?? "en",
  tags: contact?.tags.join(", ") ?? "",
  notes: contact?.notes ?? "",
  consent: contact?.consent ?? "unknown",
});

const text = (id: string, label: string, value: string, onChange: (value: string) => void, hint?: string) => (
  <FormField id={id} label={label} hint={hint}>
    {(control) => (
      <input
        {...control}
        dir="auto"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
    )}
  </FormField>
);

/**
 * A contact's form, new or existing: names in both languages, the phone read in the organisation's
 * country, and (for a new contact) the consent staff were given. A phone another contact has is
 * refused with a link to that contact.
 */
export function ContactFormDialog({
  open,
  contact,
  onClose,
  onSaved,
}: {
  open: boolean;
  contact?: ContactDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const t = useTranslations("contacts");
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(contact ? "form.editTitle" : "form.createTitle")}
      size="lg"
    >
      <ContactForm contact={contact} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function ContactForm({
  contact,
  onClose,
  onSaved,
}: {
  contact?: ContactDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const t = useTranslations("contacts");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keyMessage = useErrorKeyMessage();
  const me = useQuery(trpc.me.get.queryOptions());
  const [values, setValues] = useState(() => valuesOf(contact));
  const change = (next: Partial<FormValues>) => setValues((current) => ({ ...current, ...next }));
  const done = ({ id }: { id: string }) => {
    onSaved?.(id);
    onClose();
    return queryClient.invalidateQueries(trpc.contacts.pathFilter());
  };
  const create = useMutation(trpc.contacts.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.contacts.update.mutationOptions({ onSuccess: done }));
  const save = contact ? update : create;
  const failure = save.error ? readApiError(save.error) : null;
  const fieldError = (field: string) => {
    const key = failure?.fieldErrors[field];
    return key && keyMessage(key);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { consent, tags, ...fields } = values;
    const input = {
      ...fields,
      tags: tags
        .split(/[,،]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    if (contact) update.mutate({ id: contact.id, ...input });
    else create.mutate({ ...input, consent });
  };

  const duplicateId = failure?.key === "errors.contactPhoneExists" ? failure.details.contactId : undefined;
  const error =
    failure &&
    (duplicateId ? (
      <span data-testid="duplicate-phone">
        {keyMessage(failure.key)}{" "}
        <Link href={`/contacts/${duplicateId}`} className="font-medium underline" onClick={onClose}>
          {t("form.openExisting")}
        </Link>
      </span>
    ) : (
      keyMessage(failure.key)
    ));

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <BilingualFields
        idPrefix="contact"
        labels={{ en: t("form.nameEn"), ar: t("form.nameAr") }}
        maxLength={200}
        {...pairOf("name", values, fieldError, change)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        {text(
          "contact-honorific",
          t("form.honorific"),
          values.honorific,
          (honorific) => change({ honorific }),
          t("form.honorificHint"),
        )}
        {text("contact-organisation", t("form.organisation"), values.organisation, (organisation) =>
          change({ organisation }),
        )}
        {text("contact-position", t("form.position"), values.position, (position) => change({ position }))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <PhoneInput
          id="contact-phone"
          label={t("form.phone")}
          hint={t("form.phoneHint")}
          placeholder={me.data ? examplePhone(me.data.org.country) : undefined}
          value={values.phone}
          error={fieldError("phone")}
          onChange={(phone) => change({ phone })}
        />
        <FormField id="contact-email" label={t("form.email")} error={fieldError("email")}>
          {(control) => (
            <input
              {...control}
              type="email"
              dir="ltr"
              value={values.email}
              onChange={(event) => change({ email: event.target.value })}
              className={inputClass}
            />
          )}
        </FormField>
        <SelectField
          id="contact-language"
          label={t("form.language")}
          value={values.language}
          options={contactLanguages.map((value) => ({ value, label: t(`languages.${value}`) }))}
          onChange={(language) => change({ language: language as FormValues["language"] })}
        />
        {!contact && (
          <SelectField
            id="contact-consent"
            label={t("form.consent")}
            value={values.consent}
            options={contactConsents.map((value) => ({ value, label: t(`consents.${value}`) }))}
            onChange={(consent) => change({ consent: consent as FormValues["consent"] })}
          />
        )}
      </div>
      {text("contact-tags", t("form.tags"), values.tags, (tags) => change({ tags }), t("form.tagsHint"))}
      <FormField id="contact-notes" label={t("form.notes")}>
        {(control) => (
          <textarea
            {...control}
            dir="auto"
            rows={3}
            value={values.notes}
            onChange={(event) => change({ notes: event.target.value })}
            className={inputClass}
          />
        )}
      </FormField>
      <FormActions
        cancelLabel={t("form.cancel")}
        submitLabel={t("form.save")}
        pendingLabel={t("form.saving")}
        pending={save.isPending}
        error={error}
        onCancel={onClose}
      />
    </form>
  );
}
