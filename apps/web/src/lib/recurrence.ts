import { wallClockOf } from "./zoned-time";

/**
 * Recurrence as the forms offer it (a few presets, or any RRULE the API accepts) and as the
 * event page describes it. The API validates and stores the canonical rule; this only builds and
 * reads the common shapes.
 */

export const recurrencePresets = [
  "none",
  "daily",
  "weekdays",
  "weekly",
  "monthly",
  "yearly",
  "custom",
] as const;
export type RecurrencePreset = (typeof recurrencePresets)[number];

export type RecurrenceEnd =
  | { kind: "never" }
  | { kind: "count"; count: number }
  | { kind: "until"; date: string };

const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

/** The working week of the UAE (the weekend is Saturday and Sunday). */
const workingDays = "MO,TU,WE,TH,FR";

function parts(rule: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of rule.replace(/^RRULE:/i, "").split(";")) {
    const [name, value] = part.split("=");
    if (name && value) map.set(name.trim().toUpperCase(), value.trim().toUpperCase());
  }
  return map;
}

/** The rule a preset stands for, for an event starting at `start` (local to `timeZone`). */
function presetRule(preset: RecurrencePreset, start: Date, timeZone: string): string | null {
  const clock = wallClockOf(start, timeZone);
  const weekday = weekdayCodes[new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay()];
  switch (preset) {
    case "daily":
      return "FREQ=DAILY";
    case "weekdays":
      return `FREQ=WEEKLY;BYDAY=${workingDays}`;
    case "weekly":
      return `FREQ=WEEKLY;BYDAY=${weekday}`;
    case "monthly":
      return `FREQ=MONTHLY;BYMONTHDAY=${clock.day}`;
    case "yearly":
      return "FREQ=YEARLY";
    default:
      return null;
  }
}

function withEnd(rule: string, end: RecurrenceEnd): string {
  if (end.kind === "count") return `${rule};COUNT=${end.count}`;
  if (end.kind === "until") return `${rule};UNTIL=${end.date.replaceAll("-", "")}`;
  return rule;
}

/** The RRULE value to save: null for no recurrence; a custom rule is sent as typed. */
export function buildRule(
  preset: RecurrencePreset,
  options: { start: Date; timeZone: string; end: RecurrenceEnd; custom: string },
): string | null {
  if (preset === "none") return null;
  if (preset === "custom") return options.custom.trim() || null;
  return withEnd(presetRule(preset, options.start, options.timeZone)!, options.end);
}

function endOf(rule: Map<string, string>, timeZone: string): RecurrenceEnd {
  const count = rule.get("COUNT");
  if (count) return { kind: "count", count: Number(count) };
  const until = rule.get("UNTIL");
  if (until) {
    const [, y, m, d, time] = /^(\d{4})(\d{2})(\d{2})(T.*)?$/.exec(until) ?? [];
    // A UTC UNTIL (as the API stores it) is read back as the local day it falls on.
    if (time?.endsWith("Z")) {
      const instant = new Date(`${y}-${m}-${d}${time.slice(0, 3)}:${time.slice(3, 5)}:${time.slice(5, 7)}Z`);
      const local = wallClockOf(instant, timeZone);
      const pad = (n: number) => String(n).padStart(2, "0");
      return { kind: "until", date: `${local.year}-${pad(local.month)}-${pad(local.day)}` };
    }
    if (y) return { kind: "until", date: `${y}-${m}-${d}` };
  }
  return { kind: "never" };
}

/** How the form shows a saved rule: the preset it matches, or "custom" with the rule as text. */
export function readRule(
  rule: string | null,
  start: Date,
  timeZone: string,
): { preset: RecurrencePreset; end: RecurrenceEnd; custom: string } {
  if (!rule) return { preset: "none", end: { kind: "never" }, custom: "" };
  const map = parts(rule);
  const end = endOf(map, timeZone);
  map.delete("COUNT");
  map.delete("UNTIL");
  if (map.get("INTERVAL") === "1") map.delete("INTERVAL");
  const core = [...map].map(([name, value]) => `${name}=${value}`).join(";");
  const preset = recurrencePresets.find((candidate) => presetRule(candidate, start, timeZone) === core);
  return preset ? { preset, end, custom: "" } : { preset: "custom", end: { kind: "never" }, custom: rule };
}

export interface RuleDescription {
  frequency: "daily" | "weekly" | "monthly" | "yearly";
  interval: number;
  weekdays: WeekdayCode[];
  monthDay: number | null;
  end: RecurrenceEnd;
}

const describable = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"]);

/** The parts of a rule that can be put in words; null for rules beyond that (shown as written). */
export function describeRule(rule: string, timeZone: string): RuleDescription | null {
  const map = parts(rule);
  const frequency = map.get("FREQ")?.toLowerCase();
  if (frequency !== "daily" && frequency !== "weekly" && frequency !== "monthly" && frequency !== "yearly")
    return null;
  if ([...map.keys()].some((name) => !describable.has(name))) return null;
  const weekdays = (map.get("BYDAY") ?? "").split(",").filter(Boolean);
  if (!weekdays.every((day): day is WeekdayCode => (weekdayCodes as readonly string[]).includes(day)))
    return null;
  const monthDay = map.has("BYMONTHDAY") ? Number(map.get("BYMONTHDAY")) : null;
  if (monthDay !== null && !(monthDay >= 1 && monthDay <= 31)) return null;
  return {
    frequency,
    interval: Number(map.get("INTERVAL") ?? 1),
    weekdays: weekdays as WeekdayCode[],
    monthDay,
    end: endOf(map, timeZone),
  };
}

/** A date (any week) that falls on the weekday, for naming it with Intl. */
export function sampleDateOf(weekday: WeekdayCode): Date {
  // 4 January 2026 was a Sunday.
  return new Date(Date.UTC(2026, 0, 4 + weekdayCodes.indexOf(weekday), 12));
}
