import { z } from "zod";
import { errorKeys } from "../../errors";

const name = z
  .string({ error: errorKeys.invalidInput })
  .trim()
  .min(1, { error: errorKeys.invalidInput })
  .max(80, { error: errorKeys.tooLong });

/** A category's fields: the name in both languages and a #rrggbb colour (stored lower-case). */
export const categoryFields = z.object({
  nameEn: name,
  nameAr: name,
  color: z
    .string({ error: errorKeys.invalidColor })
    .regex(/^#[0-9a-f]{6}$/i, { error: errorKeys.invalidColor })
    .transform((color) => color.toLowerCase()),
});

export const categoryIdInput = z.object({ id: z.uuid({ error: errorKeys.invalidInput }) });
