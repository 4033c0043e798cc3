import {
  campaignAudienceSchema,
  campaignPacingSchema,
  campaignRecipientStatuses,
  locales,
} from "@taqweem/db";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { cursorInput, id, limitInput, requiredText } from "../shared-inputs";

const bodies = {
  bodyEn: requiredText(4000),
  bodyAr: requiredText(4000),
};

export const saveTemplateInput = z.object({ id: id.optional(), name: requiredText(200), ...bodies });
export type SaveTemplate = z.infer<typeof saveTemplateInput>;

/** Unsaved wording (either body may still be empty) rendered for a chosen contact or a sample contact. */
export const previewTemplateInput = z.object({
  bodyEn: z.string().max(4000),
  bodyAr: z.string().max(4000),
  contactId: id.optional(),
  eventId: id.optional(),
});
export type PreviewTemplate = z.infer<typeof previewTemplateInput>;

export const templateVersionsInput = z.object({ templateId: id });

const campaignFields = {
  name: requiredText(200),
  templateId: id.nullable(),
  sessionId: id.nullable(),
  eventId: id.nullable().default(null),
  audience: campaignAudienceSchema,
  pacing: campaignPacingSchema,
  /** Null: staff start it by hand. */
  scheduledAt: z.coerce.date({ error: errorKeys.invalidDate }).nullable().default(null),
};

export const createCampaignInput = z.object(campaignFields);
export type CreateCampaign = z.infer<typeof createCampaignInput>;

export const updateCampaignInput = z.object({ id, ...campaignFields });
export type UpdateCampaign = z.infer<typeof updateCampaignInput>;

export const listCampaignsInput = z.object({ cursor: cursorInput, limit: limitInput(100, 25) });
export type ListCampaigns = z.infer<typeof listCampaignsInput>;

export const recipientsInput = z.object({
  campaignId: id,
  status: z.enum(campaignRecipientStatuses).optional(),
  language: z.enum(locales).optional(),
  /** The phone of the last row of the previous page (rows are in phone order). */
  cursor: z.string().max(32).optional(),
  limit: limitInput(200, 50),
});
export type RecipientsFilter = z.infer<typeof recipientsInput>;

export const campaignIdInput = z.object({ campaignId: id });

/** A test message to any number, rendered with a chosen contact's values or the sample contact's. */
export const testSendInput = z.object({
  campaignId: id,
  phone: z.string().trim().min(4).max(32),
  language: z.enum(locales),
  contactId: id.optional(),
});
export type TestSend = z.infer<typeof testSendInput>;

export const exportRecipientsInput = recipientsInput.omit({ cursor: true, limit: true });
