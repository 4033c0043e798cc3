/**
 * Test data at a pinned local time, so that no test depends on the hour it runs at: "ten days from
 * now" means the date ten days ahead in Dubai, at the wall-clock time given there. Asia/Dubai keeps
 * UTC+04:00 all year (no daylight saving), so the offset is written out.
 */
export function dubaiDaysAhead(days: number, time = "10:00"): Date {
  const date = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Dubai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() + days * 86_400_000));
  return new Date(`${date}T${time}:00+04:00`);
}

/** Monday 00:00 in Dubai of the week that holds `at` (weeks start on Monday, as the app's do). */
export function dubaiWeekStart(at = new Date()): Date {
  const local = new Date(at.getTime() + 4 * 3_600_000);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - sinceMonday * 86_400_000 - 4 * 3_600_000);
}

/**
 * A day of a month `months` after Dubai's current month, at a pinned Dubai time, with its
 * `YYYY-MM` key: month-by-month counts stay the same whatever day the test runs on.
 */
export function dubaiMonthDay(months: number, day: number, time = "10:00") {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Dubai",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  const key = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  return { key, at: new Date(`${key}-${String(day).padStart(2, "0")}T${time}:00+04:00`) };
}
