export type DurationParts =
  | { unit: "days"; days: number; hours: number }
  | { unit: "hours"; hours: number; minutes: number }
  | { unit: "minutes"; minutes: number; seconds: number }
  | { unit: "seconds"; seconds: number };

/** A span of time as its two largest units ("2 d 3 h", "4 m 05 s"); negative spans count as zero. */
export function durationParts(ms: number): DurationParts {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  if (days > 0) return { unit: "days", days, hours };
  if (hours > 0) return { unit: "hours", hours, minutes };
  if (minutes > 0) return { unit: "minutes", minutes, seconds };
  return { unit: "seconds", seconds };
}
