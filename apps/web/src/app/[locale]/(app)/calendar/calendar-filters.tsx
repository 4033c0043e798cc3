"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { CategoryFilter, type CategoryOption } from "@/components/calendar/category-filter";
import { SearchFilter } from "@/components/calendar/search-filter";
import { SelectField } from "@/components/ui/select-field";
import { localized } from "@/lib/bilingual";
import { type CalendarFilters, type FilterChoices, hasActiveFilters, noFilters } from "@/lib/calendar-url";

export interface DepartmentOption {
  id: string;
  nameEn: string;
  nameAr: string;
}

interface Props {
  filters: CalendarFilters;
  choices: FilterChoices;
  categories: CategoryOption[];
  departments: DepartmentOption[];
  onChange: (change: Partial<CalendarFilters>) => void;
}

/** Every filter of the staff calendar; on a phone they fold behind a button. */
export function CalendarFiltersPanel({ filters, choices, categories, departments, onChange }: Props) {
  const t = useTranslations("calendar.filters");
  const tEvent = useTranslations("event");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const active = hasActiveFilters(filters);
  // Type, scope, source and department are single choices here; the URL and the API take lists.
  const single = (values: string[]) => values[0] ?? "";
  const list = <T extends string>(value: string) => (value ? [value as T] : []);

  return (
    <section
      aria-label={t("title")}
      className="mb-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-center justify-between gap-3 md:hidden">
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="text-sm font-medium text-slate-800"
        >
          {open ? t("hide") : t("show")}
          {active && <span className="ms-2 inline-block size-2 rounded-full bg-brand-600" />}
        </button>
      </div>
      <div className={`${open ? "mt-4 grid" : "hidden"} gap-4 md:mt-0 md:grid`}>
        <CategoryFilter
          categories={categories}
          selected={filters.categoryIds}
          onChange={(categoryIds) => onChange({ categoryIds })}
        />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <div className="sm:col-span-2 lg:col-span-1">
            <SearchFilter value={filters.q} onChange={(q) => onChange({ q })} />
          </div>
          <SelectField
            id="filter-type"
            label={t("type")}
            value={single(filters.types)}
            emptyLabel={t("any")}
            options={choices.types.map((value) => ({ value, label: tEvent(`types.${value}`) }))}
            onChange={(value) => onChange({ types: list(value) })}
          />
          <SelectField
            id="filter-scope"
            label={t("scope")}
            value={single(filters.scopes)}
            emptyLabel={t("any")}
            options={choices.scopes.map((value) => ({ value, label: tEvent(`scopes.${value}`) }))}
            onChange={(value) => onChange({ scopes: list(value) })}
          />
          <SelectField
            id="filter-source"
            label={t("source")}
            value={single(filters.sources)}
            emptyLabel={t("any")}
            options={choices.sources.map((value) => ({ value, label: tEvent(`sources.${value}`) }))}
            onChange={(value) => onChange({ sources: list(value) })}
          />
          {departments.length > 0 && (
            <SelectField
              id="filter-department"
              label={t("department")}
              value={single(filters.departmentIds)}
              emptyLabel={t("any")}
              options={departments.map((department) => {
                const name = localized(department.nameEn, department.nameAr, locale);
                return { value: department.id, label: name?.text ?? "", lang: name?.lang };
              })}
              onChange={(value) => onChange({ departmentIds: list(value) })}
            />
          )}
        </div>
        {active && (
          <div>
            <button
              type="button"
              onClick={() => onChange(noFilters)}
              className="text-sm font-medium text-brand-700 underline"
            >
              {t("clear")}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
