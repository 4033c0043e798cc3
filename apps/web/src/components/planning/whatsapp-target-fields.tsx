"use client";

import type { Locale } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { Ltr } from "@/components/ui/ltr";
import { SelectField } from "@/components/ui/select-field";

export interface WhatsappTarget {
  type: "" | "contact" | "group";
  recipient: string;
}

const exampleGroup = "120363041234567890@g.us";
const examplePhone = "+971 50 123 4567";

/**
 * A WhatsApp group or phone number (or none), and optionally the language of what is sent there.
 * The recipient is never mirrored: numbers and group ids read left to right in both languages.
 */
export function WhatsappTargetFields({
  idPrefix,
  target,
  locale,
  error,
  onChange,
  onLocaleChange,
}: {
  idPrefix: string;
  target: WhatsappTarget;
  locale?: Locale;
  error?: string;
  onChange: (target: WhatsappTarget) => void;
  onLocaleChange?: (locale: Locale) => void;
}) {
  const t = useTranslations("planning.whatsapp");
  const tLanguage = useTranslations("planning.languageNames");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectField
        id={`${idPrefix}-wa-type`}
        label={t("type")}
        value={target.type}
        emptyLabel={t("none")}
        options={[
          { value: "group", label: t("group") },
          { value: "contact", label: t("contact") },
        ]}
        onChange={(type) => onChange({ ...target, type: type as WhatsappTarget["type"] })}
      />
      {target.type && (
        <FormField
          id={`${idPrefix}-wa-recipient`}
          label={target.type === "group" ? t("groupId") : t("phone")}
          hint={
            <>
              {target.type === "group" ? t("groupHint") : t("phoneHint")}{" "}
              <Ltr>{target.type === "group" ? exampleGroup : examplePhone}</Ltr>
            </>
          }
          error={error}
        >
          {(control) => (
            <input
              {...control}
              dir="ltr"
              required
              maxLength={80}
              value={target.recipient}
              onChange={(event) => onChange({ ...target, recipient: event.target.value })}
              className={inputClass}
            />
          )}
        </FormField>
      )}
      {target.type && locale && onLocaleChange && (
        <SelectField
          id={`${idPrefix}-wa-locale`}
          label={t("language")}
          value={locale}
          options={(["ar", "en"] as const).map((value) => ({ value, label: tLanguage(value) }))}
          onChange={(value) => onLocaleChange(value as Locale)}
        />
      )}
    </div>
  );
}
