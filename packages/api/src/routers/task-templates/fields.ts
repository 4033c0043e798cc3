import { taskDueAnchors, taskPriorities } from "@taqweem/db";
import { z } from "zod";
import { optionalText, uuid } from "../inputs";

const minutesPer = { minutes: 1, hours: 60, days: 1440 } as const;

/** A signed offset in minutes, hours or days (negative: before the anchor), read as minutes. */
export const dueOffset = z
  .object({ amount: z.int(), unit: z.enum(["minutes", "hours", "days"]) })
  .transform(({ amount, unit }) => amount * minutesPer[unit])
  .refine((minutes) => Math.abs(minutes) <= 366 * 1440);

/** A template's fields (no defaults: an update changes only what it names). */
export const templateFields = z.object({
  titleEn: optionalText(200),
  titleAr: optionalText(200),
  descriptionEn: optionalText(5000),
  descriptionAr: optionalText(5000),
  dueAnchor: z.enum(taskDueAnchors),
  dueOffset,
  priority: z.enum(taskPriorities),
  prerequisiteIds: z.array(uuid).max(100),
});
