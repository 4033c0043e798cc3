"use client";

import type { LocaleInput } from "@fullcalendar/core";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { directionOf } from "@/i18n/routing";

/**
 * FullCalendar's locale built from our own messages rather than its bundled ones: weeks start on
 * Monday in both languages, and dates use Latin digits (`-u-nu-latn`) with Arabic month names.
 */
export function useCalendarLocale(): LocaleInput {
  const locale = useLocale();
  const t = useTranslations("calendar");
  return useMemo(
    () => ({
      code: `${locale}-u-nu-latn`,
      week: { dow: 1, doy: 4 },
      direction: directionOf(locale),
      allDayText: t("allDay"),
      moreLinkText: (count: number) => t("more", { count }),
      noEventsText: t("noEvents"),
      weekText: t("weekShort"),
    }),
    [locale, t],
  );
}
