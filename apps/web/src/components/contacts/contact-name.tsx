"use client";

import { BilingualText } from "@/components/events/bilingual-text";

/** A contact's name in the reader's language (the other one, marked, when only that exists), with the honorific. */
export function ContactName({
  contact,
  className,
}: {
  contact: { nameEn: string | null; nameAr: string | null; honorific: string | null };
  className?: string;
}) {
  return (
    <span className={className}>
      {contact.honorific && <span className="me-1 text-slate-500">{contact.honorific}</span>}
      <BilingualText en={contact.nameEn} ar={contact.nameAr} />
    </span>
  );
}

/** The name as plain text, for labels: English or Arabic, whichever the reader reads, else the other. */
export const contactLabel = (contact: { nameEn: string | null; nameAr: string | null }, locale: string) =>
  (locale === "ar" ? (contact.nameAr ?? contact.nameEn) : (contact.nameEn ?? contact.nameAr)) ?? "";
