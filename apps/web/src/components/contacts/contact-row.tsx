"use client";

import { useLocale, useTranslations } from "next-intl";
import { cellClass } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";
import { Link } from "@/i18n/navigation";
import { ConsentBadge } from "./consent-badge";
import { ContactName, contactLabel } from "./contact-name";
import type { ContactRowData } from "./types";

/** One contact in the table: selection and favourite for those who manage, a link to the contact. */
export function ContactRow({
  contact,
  manages,
  selected,
  onSelect,
  onFavourite,
}: {
  contact: ContactRowData;
  manages: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onFavourite: (favourite: boolean) => void;
}) {
  const t = useTranslations("contacts");
  const name = contactLabel(contact, useLocale());
  return (
    <tr data-testid="contact-row">
      {manages && (
        <td className={`${cellClass} w-10`}>
          <input
            type="checkbox"
            aria-label={t("selectRow", { name })}
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
            className="size-4 rounded border-slate-300"
          />
        </td>
      )}
      <td className={`${cellClass} w-10`}>
        <button
          type="button"
          aria-pressed={contact.favourite}
          aria-label={t(contact.favourite ? "favourite.remove" : "favourite.add", { name })}
          disabled={!manages}
          onClick={() => onFavourite(!contact.favourite)}
          className={`text-lg leading-none disabled:cursor-default ${contact.favourite ? "text-amber-500" : "text-slate-300 hover:text-slate-500"}`}
        >
          <span aria-hidden>{contact.favourite ? "★" : "☆"}</span>
        </button>
      </td>
      <td className={`${cellClass} font-medium text-slate-900`}>
        <Link href={`/contacts/${contact.id}`} className="hover:underline">
          <ContactName contact={contact} />
        </Link>
      </td>
      <td className={`${cellClass} whitespace-nowrap text-slate-700 tabular-nums`}>
        <Ltr>{contact.phone}</Ltr>
      </td>
      <td className={`${cellClass} text-slate-700`}>
        <span dir="auto">{contact.organisation}</span>
      </td>
      <td className={`${cellClass} text-slate-700`}>{t(`languages.${contact.language}`)}</td>
      <td className={cellClass}>
        <ConsentBadge consent={contact.consent} />
      </td>
      <td className={`${cellClass} text-xs text-slate-600`}>
        <span dir="auto">{contact.tags.join(", ")}</span>
      </td>
    </tr>
  );
}
