"use client";

import { useTranslations } from "next-intl";
import { BilingualFields } from "@/components/ui/bilingual-fields";
import type { BilingualField } from "./event-form-values";

const limits: Record<BilingualField, number> = {
  title: 200,
  description: 10_000,
  location: 300,
  organisers: 500,
};

/** One of the event-shaped bilingual texts (title, description, …) with its labels and length limit. */
export function BilingualInputs({
  field,
  idPrefix,
  en,
  ar,
  errorEn,
  errorAr,
  problem,
  onChange,
}: {
  field: BilingualField;
  idPrefix: string;
  en: string;
  ar: string;
  errorEn?: string;
  errorAr?: string;
  problem?: string | false | null;
  onChange: (language: "En" | "Ar", value: string) => void;
}) {
  const t = useTranslations("event.fields");
  return (
    <BilingualFields
      idPrefix={idPrefix}
      name={field}
      labels={{ en: t(`${field}En`), ar: t(`${field}Ar`) }}
      values={{ en, ar }}
      errors={{ en: errorEn, ar: errorAr }}
      problem={problem}
      rows={field === "description" ? 3 : undefined}
      maxLength={limits[field]}
      onChange={(language, value) => onChange(language === "en" ? "En" : "Ar", value)}
    />
  );
}
