"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { inputClass, labelClass } from "@/components/ui/field";
import { Ltr } from "@/components/ui/ltr";
import { useTRPC } from "@/trpc/react";
import { contactLabel } from "./contact-name";

export interface PickedContact {
  id: string;
  nameEn: string | null;
  nameAr: string | null;
  phone: string;
}

const resultLimit = 8;

/**
 * Contacts chosen one by one: a search over names (English and Arabic), organisation, phone and
 * e-mail, whose results are added with a click, and the chosen ones shown with a remove button.
 * With `single`, a new choice replaces the one before.
 */
export function ContactPicker({
  legend,
  picked,
  single = false,
  emptyLabel,
  onChange,
}: {
  legend: string;
  picked: PickedContact[];
  single?: boolean;
  /** What stands for no choice (default: "no contacts chosen"). */
  emptyLabel?: string;
  onChange: (picked: PickedContact[]) => void;
}) {
  const t = useTranslations("contacts.picker");
  const locale = useLocale();
  const trpc = useTRPC();
  const searchId = useId();
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const results = useQuery({
    ...trpc.contacts.list.queryOptions({ filter: { search: term }, limit: resultLimit }),
    enabled: term.length > 0,
  });
  const chosen = new Set(picked.map((contact) => contact.id));
  const found = (results.data?.items ?? []).filter((contact) => !chosen.has(contact.id));

  return (
    <fieldset className="space-y-2" data-testid="contact-picker">
      <legend className={labelClass}>{legend}</legend>
      {picked.length === 0 ? (
        <p className="text-sm text-slate-500">{emptyLabel ?? t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {picked.map((contact) => (
            <li
              key={contact.id}
              className="flex items-center gap-1 rounded-full bg-slate-100 py-1 ps-3 pe-1 text-sm text-slate-800"
            >
              {contactLabel(contact, locale)}
              <button
                type="button"
                className="rounded-full px-2 text-slate-600 hover:bg-slate-200"
                aria-label={t("remove", { name: contactLabel(contact, locale) })}
                onClick={() => onChange(picked.filter((other) => other.id !== contact.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={searchId} className="sr-only">
        {t("search")}
      </label>
      <input
        id={searchId}
        type="search"
        className={inputClass}
        placeholder={t("search")}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {term.length > 0 && (
        <div aria-live="polite">
          {results.isError ? (
            <p className="text-sm text-red-700">{t("failed")}</p>
          ) : results.isPending ? (
            <p className="text-sm text-slate-500">{t("searching")}</p>
          ) : found.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noMatch")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
              {found.map((contact) => (
                <li key={contact.id} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                  <span>
                    {contactLabel(contact, locale)} <Ltr className="text-slate-500">{contact.phone}</Ltr>
                  </span>
                  <button
                    type="button"
                    className={buttonClass("secondary", "sm")}
                    aria-label={t("add", { name: contactLabel(contact, locale) })}
                    onClick={() => {
                      onChange(single ? [contact] : [...picked, contact]);
                      if (single) setSearch("");
                    }}
                  >
                    {t("addShort")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
