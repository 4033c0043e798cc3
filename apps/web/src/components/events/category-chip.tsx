"use client";

import { useTranslations } from "next-intl";
import { BilingualText } from "./bilingual-text";

/** A category's colour and name; "No category" when there is none. */
export function CategoryChip({
  category,
}: {
  category: { nameEn: string; nameAr: string; color: string } | null;
}) {
  const t = useTranslations("event");
  return (
    <span className="inline-flex items-center gap-2">
      <span
        aria-hidden
        className="size-3 rounded-full ring-1 ring-slate-900/10"
        style={{ backgroundColor: category?.color ?? "#cbd5e1" }}
      />
      {category ? <BilingualText en={category.nameEn} ar={category.nameAr} /> : t("noCategory")}
    </span>
  );
}
