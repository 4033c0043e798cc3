import { categories } from "@taqweem/db";
import { asc, eq } from "drizzle-orm";
import { listOccurrences } from "../events/occurrences";
import { orgTimeZone } from "../events/org-time-zone";
import type { Executor } from "../tx";
import { scheduledStatuses } from "./scheduled";
import { monthsAhead } from "./windows";

const monthCount = 12;

/** The key of events without a category, beside the categories' ids. */
export const uncategorised = "none";

/**
 * Occurrences per local month over this month and the eleven after it, split by category: the
 * home page's chart. A recurring event counts once for every occurrence that starts in the month.
 * Only categories with at least one occurrence are listed.
 */
export async function eventsPerMonth(db: Executor, orgId: string, now = new Date()) {
  const timeZone = await orgTimeZone(db, orgId);
  const { months, window, monthOf } = monthsAhead(now, timeZone, monthCount);
  const [page, orgCategories] = await Promise.all([
    listOccurrences(db, orgId, { ...window, statuses: scheduledStatuses }),
    db
      .select({
        id: categories.id,
        nameEn: categories.nameEn,
        nameAr: categories.nameAr,
        color: categories.color,
      })
      .from(categories)
      .where(eq(categories.orgId, orgId))
      .orderBy(asc(categories.nameEn)),
  ]);
  const counts = new Map(months.map((month) => [month, new Map<string, number>()]));
  for (const occurrence of page.occurrences) {
    // One that began before the window and still runs is last month's.
    if (occurrence.start < window.from) continue;
    const perCategory = counts.get(monthOf(occurrence.start))!;
    const key = occurrence.categoryId ?? uncategorised;
    perCategory.set(key, (perCategory.get(key) ?? 0) + 1);
  }
  const used = new Set([...counts.values()].flatMap((perCategory) => [...perCategory.keys()]));
  return {
    timeZone,
    months: months.map((month) => ({
      month,
      counts: Object.fromEntries(counts.get(month)!) as Record<string, number>,
    })),
    categories: orgCategories.filter((category) => used.has(category.id)),
    hasUncategorised: used.has(uncategorised),
    truncated: page.truncated,
  };
}
