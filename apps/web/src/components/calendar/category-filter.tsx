"use client";

import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/bilingual";
import { textColorOn } from "./colors";

export interface CategoryOption {
  id: string;
  nameEn: string;
  nameAr: string;
  color: string;
}

/**
 * The category filter doubles as the colour legend: one toggle per category, none pressed means
 * every category is shown.
 */
export function CategoryFilter({
  categories,
  selected,
  onChange,
}: {
  categories: CategoryOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("calendar.filters");
  const locale = useLocale();
  if (categories.length === 0) return null;
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]);
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-slate-800">{t("category")}</legend>
      <div className="flex flex-wrap gap-2">
        {categories.map((category) => {
          const name = localized(category.nameEn, category.nameAr, locale);
          const pressed = selected.includes(category.id);
          return (
            <button
              key={category.id}
              type="button"
              aria-pressed={pressed}
              onClick={() => toggle(category.id)}
              style={
                pressed ? { backgroundColor: category.color, color: textColorOn(category.color) } : undefined
              }
              className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium ${
                pressed ? "border-transparent" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
              }`}
            >
              <span
                aria-hidden
                className="size-2.5 rounded-full ring-1 ring-white/70"
                style={{ backgroundColor: category.color }}
              />
              <span lang={name?.lang}>{name?.text}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
