"use client";

import { useQuery } from "@tanstack/react-query";
import type { Locale } from "@taqweem/db/schema";
import { useLocale, useTranslations } from "next-intl";
import { ltrText } from "@/components/ui/ltr";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import type { WhatsappTarget } from "../whatsapp-target-fields";

/**
 * The WhatsApp chat of a reminder for those who may not type one (editors): one of the
 * organisation's known recipients (departments' numbers and groups, announcement groups), or the
 * chat the reminder already has.
 */
export function KnownWhatsappFields({
  target,
  locale,
  error,
  onChange,
  onLocaleChange,
}: {
  target: WhatsappTarget;
  locale: Locale;
  error?: string;
  onChange: (target: WhatsappTarget) => void;
  onLocaleChange: (locale: Locale) => void;
}) {
  const t = useTranslations("planning.whatsapp");
  const tLanguage = useTranslations("planning.languageNames");
  const uiLocale = useLocale();
  const trpc = useTRPC();
  const known = useQuery(trpc.reminders.whatsappRecipients.queryOptions());
  const options = (known.data?.recipients ?? []).map((entry) => ({
    value: `${entry.type}:${entry.recipient}`,
    label: `${uiLocale === "ar" ? entry.nameAr : entry.nameEn} (${ltrText(entry.recipient)})`,
  }));
  const current = target.type ? `${target.type}:${target.recipient}` : "";
  if (current && !options.some((option) => option.value === current))
    options.unshift({ value: current, label: ltrText(target.recipient) });
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <div className="sm:col-span-2">
        <SelectField
          id="reminder-wa-known"
          label={t("known")}
          value={current}
          emptyLabel={t("none")}
          options={options}
          error={error}
          onChange={(value) => {
            const split = value.indexOf(":");
            onChange(
              split < 0
                ? { type: "", recipient: "" }
                : {
                    type: value.slice(0, split) as WhatsappTarget["type"],
                    recipient: value.slice(split + 1),
                  },
            );
          }}
        />
        <p className="mt-1 text-xs text-slate-500">{t("knownHint")}</p>
      </div>
      {target.type && (
        <SelectField
          id="reminder-wa-locale"
          label={t("language")}
          value={locale}
          options={(["ar", "en"] as const).map((value) => ({ value, label: tLanguage(value) }))}
          onChange={(value) => onLocaleChange(value as Locale)}
        />
      )}
    </div>
  );
}
