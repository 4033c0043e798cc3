import type { TaskDueAnchor, TaskPriority } from "@taqweem/db/schema";
import { type OffsetUnit, signedOffset, splitOffset } from "@/lib/due-offset";
import type { TaskTemplate } from "../types";

/** The template form as typed. */
export interface TemplateValues {
  titleEn: string;
  titleAr: string;
  descriptionEn: string;
  descriptionAr: string;
  amount: string;
  unit: OffsetUnit;
  direction: "before" | "after";
  anchor: TaskDueAnchor;
  priority: TaskPriority;
  prerequisiteIds: string[];
}

export const newTemplateValues: TemplateValues = {
  titleEn: "",
  titleAr: "",
  descriptionEn: "",
  descriptionAr: "",
  amount: "1",
  unit: "days",
  direction: "before",
  anchor: "start",
  priority: "normal",
  prerequisiteIds: [],
};

export function templateValuesOf(template: TaskTemplate): TemplateValues {
  const offset = splitOffset(template.dueOffsetMinutes);
  return {
    titleEn: template.titleEn ?? "",
    titleAr: template.titleAr ?? "",
    descriptionEn: template.descriptionEn ?? "",
    descriptionAr: template.descriptionAr ?? "",
    amount: String(offset.amount),
    unit: offset.unit,
    direction: offset.direction,
    anchor: template.dueAnchor,
    priority: template.priority,
    prerequisiteIds: template.prerequisiteIds,
  };
}

/** The form's values as `taskTemplates.create` and `update` take them. */
export function templateInput(values: TemplateValues) {
  return {
    titleEn: values.titleEn,
    titleAr: values.titleAr,
    descriptionEn: values.descriptionEn,
    descriptionAr: values.descriptionAr,
    dueAnchor: values.anchor,
    dueOffset: signedOffset({
      amount: Number(values.amount),
      unit: values.unit,
      direction: values.direction,
    }),
    priority: values.priority,
    prerequisiteIds: values.prerequisiteIds,
  };
}
