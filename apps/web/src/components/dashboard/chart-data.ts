import type { AppLocale } from "../../i18n/routing";
import { localized } from "../../lib/bilingual";
import { uncategorisedColor } from "../calendar/colors";

/** What `dashboard.eventsPerMonth` answers (kept structural, so this module stays testable alone). */
export interface EventsPerMonth {
  months: { month: string; counts: Record<string, number> }[];
  categories: { id: string; nameEn: string; nameAr: string; color: string }[];
  hasUncategorised: boolean;
}

export interface ChartSeries {
  key: string;
  name: string;
  /** The language of the name: the reader's, or the other one when only that exists. */
  lang: AppLocale;
  color: string;
}

export type ChartRow = { month: string; label: string; total: number } & Record<string, number | string>;

/** The key of events without a category (the API's `uncategorised`). */
const uncategorisedKey = "none";

/** "Dec 2026" / "ديسمبر 2026": the month in the reader's language with Latin digits. */
export function monthLabel(month: string, locale: AppLocale): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(`${locale}-u-nu-latn`, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** One row per month (every series present, zero when none) and one series per category. */
export function chartData(data: EventsPerMonth, locale: AppLocale, uncategorisedName: string) {
  const series: ChartSeries[] = data.categories.map((category) => {
    const name = localized(category.nameEn, category.nameAr, locale);
    return { key: category.id, name: name?.text ?? "", lang: name?.lang ?? locale, color: category.color };
  });
  if (data.hasUncategorised)
    series.push({ key: uncategorisedKey, name: uncategorisedName, lang: locale, color: uncategorisedColor });
  const rows = data.months.map(({ month, counts }) => {
    const row: ChartRow = { month, label: monthLabel(month, locale), total: 0 };
    for (const { key } of series) {
      row[key] = counts[key] ?? 0;
      row.total += counts[key] ?? 0;
    }
    return row;
  });
  return { rows, series, empty: rows.every((row) => row.total === 0) };
}
