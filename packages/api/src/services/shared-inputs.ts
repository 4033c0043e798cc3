import { locales } from "@taqweem/db";
import { z } from "zod";
import { type ErrorKey, errorKeys } from "../errors";

/** Input pieces every domain's schemas are built from, each check with a key the UI translates. */

/** A row id with its own message, for a reference whose failure says more than "invalid input". */
export const idWith = (key: ErrorKey) => z.uuid({ error: key });

/** Every id input: a UUID, or the translated "invalid input". */
export const id = idWith(errorKeys.invalidInput);

export const idInput = z.object({ id });

/** Optional user text: blank becomes null, so a missing translation is missing, never "". */
export const optionalText = (max: number) =>
  z
    .string({ error: errorKeys.invalidInput })
    .trim()
    .max(max, { error: errorKeys.tooLong })
    .transform((value) => (value === "" ? null : value))
    .nullable();

export const requiredText = (max: number) =>
  z
    .string({ error: errorKeys.invalidInput })
    .trim()
    .min(1, { error: errorKeys.invalidInput })
    .max(max, { error: errorKeys.tooLong });

/** At least one of the two titles. */
export const hasTitle = (value: { titleEn?: string | null; titleAr?: string | null }) =>
  Boolean(value.titleEn || value.titleAr);

export const localeInput = z.enum(locales);

/** Keyset paging for newest-first lists: the `nextCursor` of the previous page. */
export const cursorInput = z.object({ createdAt: z.date(), id }).optional();

export const limitInput = (max: number, fallback: number) => z.int().min(1).max(max).default(fallback);
