"use client";

import { useTranslations } from "next-intl";
import { BilingualFields, type BilingualTexts, pairOf } from "@/components/ui/bilingual-fields";
import type { BilingualField } from "./event-form-values";

const limits: Record<BilingualField, number> = {
  title: 200,
  description: 10_000,
  location: 300,
  organisers: 500,
};

/**
 * The event-shaped bilingual texts a form has (title, description, …), each as an English and
 * Arabic pair with its labels and length limit; `problems` adds a line under a pair.
 */
export function BilingualInputs<Field extends BilingualField>({
  fields,
  idPrefix,
  values,
  fieldError,
  problems,
  onChange,
}: {
  fields: readonly Field[];
  idPrefix: string;
  values: BilingualTexts<Field>;
  fieldError: (field: string) => string | undefined;
  problems?: Partial<Record<Field, string | false | null>>;
  onChange: (change: Partial<BilingualTexts<Field>>) => void;
}) {
  const t = useTranslations("event.fields");
  return fields.map((field) => (
    <BilingualFields
      key={field}
      idPrefix={idPrefix}
      {...pairOf(field, values, fieldError, onChange)}
      labels={{ en: t(`${field as BilingualField}En`), ar: t(`${field as BilingualField}Ar`) }}
      problem={problems?.[field]}
      rows={field === "description" ? 3 : undefined}
      maxLength={limits[field]}
    />
  ));
}
