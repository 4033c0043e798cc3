import { waTemplateKeys } from "@taqweem/db";
import { z } from "zod";
import { id } from "../shared-inputs";

const templateBodies = z.object({
  bodyEn: z.string().trim().min(1).max(4000),
  bodyAr: z.string().trim().min(1).max(4000),
});

export type TemplateBodies = z.infer<typeof templateBodies>;

export const createTemplateInput = templateBodies.extend({ key: z.enum(waTemplateKeys) });

export const updateTemplateInput = templateBodies.extend({ id });

/** Renders unsaved wording with one of the organisation's events, or a sample event. */
export const previewTemplateInput = createTemplateInput.extend({ eventId: id.optional() });
