"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import {
  type ContactFilterState,
  contactConsents,
  contactLanguages,
  isFiltered,
  noFilters,
} from "./filters-url";
import type { ContactListData } from "./types";

/** Search and filters of the contacts table; every change goes to the address. */
export function ContactFilters({
  state,
  lists,
  onChange,
}: {
  state: ContactFilterState;
  lists: ContactListData[];
  onChange: (state: ContactFilterState) => void;
}) {
  const t = useTranslations("contacts");
  const change = (next: Partial<ContactFilterState>) => onChange({ ...state, ...next });
  return (
    <search
      className="mb-4 grid grid-cols-2 gap-x-4 gap-y-3 sm:flex sm:flex-wrap sm:items-end"
      aria-label={t("filters.label")}
    >
      <FormField id="contacts-search" label={t("filters.search")} className="col-span-2 sm:w-72">
        {(control) => (
          <input
            {...control}
            type="search"
            dir="auto"
            value={state.search}
            placeholder={t("filters.searchPlaceholder")}
            onChange={(event) => change({ search: event.target.value })}
            className={inputClass}
          />
        )}
      </FormField>
      <div className="sm:w-40">
        <SelectField
          id="contacts-language"
          label={t("filters.language")}
          value={state.language}
          emptyLabel={t("filters.allLanguages")}
          options={contactLanguages.map((value) => ({ value, label: t(`languages.${value}`) }))}
          onChange={(language) => change({ language: language as ContactFilterState["language"] })}
        />
      </div>
      <div className="sm:w-40">
        <SelectField
          id="contacts-consent"
          label={t("filters.consent")}
          value={state.consent}
          emptyLabel={t("filters.allConsents")}
          options={contactConsents.map((value) => ({ value, label: t(`consents.${value}`) }))}
          onChange={(consent) => change({ consent: consent as ContactFilterState["consent"] })}
        />
      </div>
      <div className="sm:w-44">
        <SelectField
          id="contacts-list"
          label={t("filters.list")}
          value={state.list}
          emptyLabel={t("filters.allLists")}
          options={lists.map((list) => ({ value: list.id, label: list.name }))}
          onChange={(list) => change({ list })}
        />
      </div>
      <FormField id="contacts-tag" label={t("filters.tag")} className="sm:w-36">
        {(control) => (
          <input
            {...control}
            dir="auto"
            value={state.tag}
            onChange={(event) => change({ tag: event.target.value })}
            className={inputClass}
          />
        )}
      </FormField>
      <label className="flex items-center gap-2 text-sm text-slate-800 sm:mb-2">
        <input
          type="checkbox"
          checked={state.favourites}
          onChange={(event) => change({ favourites: event.target.checked })}
          className="size-4 rounded border-slate-300"
        />
        {t("filters.favourites")}
      </label>
      {isFiltered(state) && (
        <button
          type="button"
          className="text-start text-sm font-medium text-brand-700 hover:underline sm:mb-2"
          onClick={() => onChange(noFilters)}
        >
          {t("filters.clear")}
        </button>
      )}
    </search>
  );
}
