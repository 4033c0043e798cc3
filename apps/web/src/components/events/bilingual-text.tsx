"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ElementType } from "react";
import { localized } from "@/lib/bilingual";

/**
 * User content in the reader's language; when only the other language exists it is shown in that
 * language (with its `lang`, so it is read and hyphenated right) and marked with a small badge.
 */
export function BilingualText({
  en,
  ar,
  as: Tag = "span",
  className,
  missing,
}: {
  en: string | null | undefined;
  ar: string | null | undefined;
  as?: ElementType;
  className?: string;
  /** Shown when neither language has text. */
  missing?: string;
}) {
  const t = useTranslations("event.onlyIn");
  const value = localized(en, ar, useLocale());
  if (!value) return missing ? <Tag className={`${className ?? ""} text-slate-500`}>{missing}</Tag> : null;
  return (
    <Tag className={className}>
      <span lang={value.lang} dir="auto" className="whitespace-pre-line">
        {value.text}
      </span>
      {value.fallback && (
        <span
          data-testid="language-fallback"
          className="ms-2 inline-block rounded-md bg-amber-50 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-800 ring-1 ring-amber-600/20"
        >
          {t(value.lang)}
        </span>
      )}
    </Tag>
  );
}
