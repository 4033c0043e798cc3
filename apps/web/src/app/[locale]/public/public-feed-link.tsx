"use client";

import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** The public calendar as an iCalendar feed, in the reader's language, to add to a calendar app. */
export function PublicFeedLink() {
  const t = useTranslations("publicCalendar");
  return (
    <a
      href={`/api/calendar/public.ics?lang=${useLocale()}`}
      className={buttonClass("secondary", "sm")}
      data-testid="public-feed"
    >
      {t("downloadFeed")}
    </a>
  );
}
