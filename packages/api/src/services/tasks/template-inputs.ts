import { taskDueAnchors, taskPriorities } from "@taqweem/db";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { hasTitle, id, optionalText } from "../shared-inputs";

const minutesPer = { minutes: 1, hours: 60, days: 1440 } as const;

/** A signed offset in minutes, hours or days (negative: before the anchor), read as minutes. */
const dueOffset = z
  .object({ amount: z.int(), unit: z.enum(["minutes", "hours", "days"]) })
  .transform(({ amount, unit }) => amount * minutesPer[unit])
  .refine((minutes) => Math.abs(minutes) <= 366 * 1440);

/** A template's fields (no defaults: an update changes only what it names). */
const templateFields = z.object({
  titleEn: optionalText(200),
  titleAr: optionalText(200),
  descriptionEn: optionalText(5000),
  descriptionAr: optionalText(5000),
  dueAnchor: z.enum(taskDueAnchors),
  /** Signed minutes from the anchor: negative is before it. */
  dueOffset,
  priority: z.enum(taskPriorities),
  prerequisiteIds: z.array(id).max(100),
});

const { titleEn, titleAr, descriptionEn, descriptionAr, dueAnchor, priority, prerequisiteIds } =
  templateFields.shape;

export const createTemplateInput = templateFields
  .extend({
    departmentId: id,
    titleEn: titleEn.default(null),
    titleAr: titleAr.default(null),
    descriptionEn: descriptionEn.default(null),
    descriptionAr: descriptionAr.default(null),
    dueAnchor: dueAnchor.default("start"),
    dueOffset: dueOffset.default(0),
    priority: priority.default("normal"),
    prerequisiteIds: prerequisiteIds.default([]),
  })
  .refine(hasTitle, { path: ["titleEn"], message: errorKeys.titleRequired });

export type NewTemplate = z.infer<typeof createTemplateInput>;

/** Only the fields given change; `prerequisiteIds` replaces the list (cycles are refused). */
export const updateTemplateInput = templateFields.partial().extend({ id });

export type TemplateChanges = Omit<z.infer<typeof updateTemplateInput>, "id">;

export const listTemplatesInput = z.object({ departmentId: id.optional() }).default({});
