"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export interface Category {
  id: string;
  nameEn: string;
  nameAr: string;
  color: string;
}

/** A category as listed: its colour and both names, with edit and delete. */
export function CategoryRow({
  category,
  onEdit,
  onDelete,
}: {
  category: Category;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("categories");
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex min-w-0 items-center gap-3">
        <span
          aria-hidden
          className="size-6 shrink-0 rounded-md ring-1 ring-slate-900/10"
          style={{ backgroundColor: category.color }}
        />
        <div className="min-w-0">
          <p className="font-medium text-slate-900" lang="en" dir="ltr">
            {category.nameEn}
          </p>
          <p className="text-slate-700" lang="ar" dir="rtl">
            {category.nameAr}
          </p>
        </div>
        <code dir="ltr" className="text-xs text-slate-500 uppercase">
          {category.color}
        </code>
      </div>
      <div className="flex gap-2">
        <button type="button" className={buttonClass("secondary", "sm")} onClick={onEdit}>
          {t("edit")}
          <span className="sr-only"> {category.nameEn}</span>
        </button>
        <button type="button" className={buttonClass("danger", "sm")} onClick={onDelete}>
          {t("delete")}
          <span className="sr-only"> {category.nameEn}</span>
        </button>
      </div>
    </div>
  );
}
