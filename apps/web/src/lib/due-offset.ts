/** A template's due time relative to the event, as signed minutes and as the form shows it. */

export const offsetUnits = ["minutes", "hours", "days"] as const;
export type OffsetUnit = (typeof offsetUnits)[number];

const minutesPer: Record<OffsetUnit, number> = { minutes: 1, hours: 60, days: 1440 };

export interface SplitOffset {
  /** Zero or more, in `unit`. */
  amount: number;
  unit: OffsetUnit;
  direction: "before" | "after";
}

/** The largest unit that divides the offset evenly: -2880 is 2 days before. */
export function splitOffset(minutes: number): SplitOffset {
  const direction = minutes < 0 ? "before" : "after";
  const size = Math.abs(minutes);
  const unit = size === 0 || size % 1440 === 0 ? "days" : size % 60 === 0 ? "hours" : "minutes";
  return { amount: size / minutesPer[unit], unit, direction };
}

/** The signed offset `taskTemplates.create` and `update` take (negative is before the anchor). */
export function signedOffset({ amount, unit, direction }: SplitOffset): { amount: number; unit: OffsetUnit } {
  return { amount: direction === "before" ? -amount : amount, unit };
}
