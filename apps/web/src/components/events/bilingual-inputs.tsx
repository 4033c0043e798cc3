"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import type { BilingualField } from "./event-form-values";

const limits: Record<BilingualField, number> = {
  title: 200,
  description: 10_000,
  location: 300,
  organisers: 500,
};

/**
 * One bilingual field as two inputs, English and Arabic, each in its own direction, so both
 * audiences' text is typed where it reads naturally.
 */
export function BilingualInputs({
  field,
  idPrefix,
  en,
  ar,
  errorEn,
  errorAr,
  onChange,
}: {
  field: BilingualField;
  idPrefix: string;
  en: string;
  ar: string;
  errorEn?: string;
  errorAr?: string;
  onChange: (language: "En" | "Ar", value: string) => void;
}) {
  const t = useTranslations("event.fields");
  const multiline = field === "description";
  const languages = [
    { suffix: "En", lang: "en", dir: "ltr", value: en, error: errorEn },
    { suffix: "Ar", lang: "ar", dir: "rtl", value: ar, error: errorAr },
  ] as const;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {languages.map(({ suffix, lang, dir, value, error }) => (
        <FormField
          key={suffix}
          id={`${idPrefix}-${field}${suffix}`}
          label={t(`${field}${suffix}`)}
          error={error}
        >
          {(control) =>
            multiline ? (
              <textarea
                {...control}
                lang={lang}
                dir={dir}
                rows={3}
                maxLength={limits[field]}
                value={value}
                onChange={(event) => onChange(suffix, event.target.value)}
                className={inputClass}
              />
            ) : (
              <input
                {...control}
                lang={lang}
                dir={dir}
                maxLength={limits[field]}
                value={value}
                onChange={(event) => onChange(suffix, event.target.value)}
                className={inputClass}
              />
            )
          }
        </FormField>
      ))}
    </div>
  );
}
