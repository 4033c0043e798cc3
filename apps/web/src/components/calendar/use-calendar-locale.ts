"use client";

import type { LocaleInput } from "@fullcalendar/core";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ltrText } from "@/components/ui/ltr";
import { directionOf } from "@/i18n/routing";

/**
 * FullCalendar's locale built from our own messages rather than its bundled ones: weeks start on
 * Monday in both languages, and dates use Latin digits (`-u-nu-latn`) with Arabic month names.
 */
export function useCalendarLocale(): LocaleInput {
  const locale = useLocale();
  const t = useTranslations("calendar");
  const format = useFormatter();
  return useMemo(
    () => ({
      code: `${locale}-u-nu-latn`,
      week: { dow: 1, doy: 4 },
      direction: directionOf(locale),
      allDayText: t("allDay"),
      // "+3" is a signed number: isolated, or Arabic shows it as "3+".
      moreLinkText: (count: number) => t("more", { signed: ltrText(format.number(count, "signed")) }),
      noEventsText: t("noEvents"),
      weekText: t("weekShort"),
    }),
    [locale, t, format],
  );
}
