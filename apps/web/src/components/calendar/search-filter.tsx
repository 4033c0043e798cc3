"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { inputClass, labelClass } from "@/components/ui/field";

/** Free-text search over both languages; the URL follows a moment after typing stops. */
export function SearchFilter({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const t = useTranslations("calendar.filters");
  const id = useId();
  const [text, setText] = useState(value);
  // A new value from outside (Back, "clear filters") replaces what is typed.
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {t("search")}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder={t("searchPlaceholder")}
        onChange={(event) => setText(event.target.value)}
        className={inputClass}
      />
    </div>
  );
}
