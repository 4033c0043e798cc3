"use client";

import type { ReactNode } from "react";
import { inputClass } from "./field";
import { FormField } from "./form-field";

export type Language = "en" | "ar";
type PerLanguage<T> = Record<Language, T>;
/** A form's two texts of one bilingual field, by the project's naming: `titleEn`, `titleAr`. */
export type BilingualTexts<Name extends string> = Record<`${Name}En` | `${Name}Ar`, string>;

const languages = [
  { language: "en", suffix: "En", dir: "ltr" },
  { language: "ar", suffix: "Ar", dir: "rtl" },
] as const;

/**
 * One text in both languages: English and Arabic side by side (ids `<idPrefix>-<name>En` and
 * `…Ar`), each typed in its own direction, so both audiences' text is written where it reads
 * naturally. `rows` makes them text areas; `problem` (e.g. "write at least one") shows under the
 * pair; `className="contents"` lets the pair sit in the caller's own grid.
 */
export function BilingualFields({
  idPrefix,
  name,
  labels,
  values,
  errors,
  problem,
  rows,
  maxLength,
  required,
  className = "grid gap-4 sm:grid-cols-2",
  inputClassName = inputClass,
  onChange,
  onFocus,
  inputRef,
}: {
  idPrefix: string;
  name: string;
  labels: PerLanguage<ReactNode>;
  values: PerLanguage<string>;
  errors?: Partial<PerLanguage<string | undefined>>;
  problem?: string | false | null;
  rows?: number;
  maxLength: number;
  required?: boolean;
  className?: string;
  inputClassName?: string;
  onChange: (language: Language, value: string) => void;
  onFocus?: (language: Language) => void;
  inputRef?: (language: Language, element: HTMLTextAreaElement | HTMLInputElement | null) => void;
}) {
  const pair = (
    <div className={className}>
      {languages.map(({ language, suffix, dir }) => (
        <FormField
          key={language}
          id={`${idPrefix}-${name}${suffix}`}
          label={labels[language]}
          error={errors?.[language]}
        >
          {(control) => {
            const props = {
              ...control,
              lang: language,
              dir,
              required,
              maxLength,
              value: values[language],
              onFocus: onFocus && (() => onFocus(language)),
              className: inputClassName,
            };
            return rows ? (
              <textarea
                {...props}
                ref={inputRef && ((element) => inputRef(language, element))}
                rows={rows}
                onChange={(event) => onChange(language, event.target.value)}
              />
            ) : (
              <input
                {...props}
                ref={inputRef && ((element) => inputRef(language, element))}
                onChange={(event) => onChange(language, event.target.value)}
              />
            );
          }}
        </FormField>
      ))}
    </div>
  );
  if (!problem) return pair;
  return (
    <div className="space-y-2">
      {pair}
      <p role="alert" className="text-sm text-red-700">
        {problem}
      </p>
    </div>
  );
}

/**
 * The BilingualFields props of a form field named by convention (`nameEn`, `nameAr`): its two
 * values, the API's errors for each, and the change to apply when one is typed.
 */
export function pairOf<Name extends string>(
  name: Name,
  values: BilingualTexts<Name>,
  fieldError: (field: string) => string | undefined,
  onChange: (change: Partial<BilingualTexts<Name>>) => void,
) {
  const en = `${name}En` as const;
  const ar = `${name}Ar` as const;
  return {
    name,
    values: { en: values[en], ar: values[ar] },
    errors: { en: fieldError(en), ar: fieldError(ar) },
    onChange: (language: Language, value: string) =>
      onChange({ [language === "en" ? en : ar]: value } as Partial<BilingualTexts<Name>>),
  };
}
