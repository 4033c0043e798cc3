import type { WaPacing } from "@taqweem/db/schema";

export type PacingNumberField = {
  [Field in keyof WaPacing]: WaPacing[Field] extends number ? Field : never;
}[keyof WaPacing];

export type PacingLimits = Record<PacingNumberField, { min: number; max: number }>;

export interface PacingRules {
  defaults: WaPacing;
  limits: PacingLimits;
}

/** The form's state: numbers as typed, so a field can be empty while someone edits it. */
export type PacingDraft = Omit<WaPacing, PacingNumberField> & Record<PacingNumberField, string>;

export type PacingErrors = Partial<Record<PacingNumberField, "range" | "order">>;

export const pacingNumberFields: PacingNumberField[] = [
  "minGapSeconds",
  "maxGapSeconds",
  "typingCharsPerSecond",
  "maxTypingSeconds",
  "batchSize",
  "batchPauseMinutes",
  "hourlyCap",
  "dailyCap",
];

export function draftOf(pacing: WaPacing): PacingDraft {
  const draft = { enabled: pacing.enabled, typing: pacing.typing } as PacingDraft;
  for (const field of pacingNumberFields) draft[field] = String(pacing[field]);
  return draft;
}

/** The pacing to save, or what is wrong with each field: a whole number in range, gaps in order. */
export function readPacing(
  draft: PacingDraft,
  limits: PacingLimits,
): { pacing: WaPacing; errors: null } | { pacing: null; errors: PacingErrors } {
  const errors: PacingErrors = {};
  const pacing = { enabled: draft.enabled, typing: draft.typing } as WaPacing;
  for (const field of pacingNumberFields) {
    const text = draft[field].trim();
    const value = Number(text);
    const { min, max } = limits[field];
    if (text === "" || !Number.isInteger(value) || value < min || value > max) errors[field] = "range";
    else pacing[field] = value;
  }
  if (!errors.minGapSeconds && !errors.maxGapSeconds && pacing.maxGapSeconds < pacing.minGapSeconds)
    errors.maxGapSeconds = "order";
  return Object.keys(errors).length > 0 ? { pacing: null, errors } : { pacing, errors: null };
}
