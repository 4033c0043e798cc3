import { campaignTemplates, campaignTemplateVersions, type Database } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { sendTestMessage } from "../whatsapp/messages";
import { sampleEvent } from "../whatsapp/template-preview";
import { renderTemplate } from "../whatsapp/template-render";
import { getCampaign } from "./campaigns";
import type { TestSend } from "./inputs";
import { campaignTemplateValues, sampleContact } from "./template-values";
import { contactForTemplate, eventForTemplate, orgForTemplate } from "./templates";

/**
 * Sends the campaign's message (its template's current version) to any number through its sending
 * number, before it starts: with a chosen contact's values or the sample contact's.
 */
export async function sendCampaignTest(db: Database, boss: PgBoss, actor: Actor, input: TestSend) {
  const campaign = await getCampaign(db, actor.orgId, input.campaignId);
  if (!campaign.templateId || !campaign.sessionId) fail("invalid", errorKeys.campaignIncomplete);
  const versionId = campaign.templateVersionId;
  const [version] = await db
    .select({ bodyEn: campaignTemplateVersions.bodyEn, bodyAr: campaignTemplateVersions.bodyAr })
    .from(campaignTemplateVersions)
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, campaignTemplateVersions.templateId))
    .where(
      and(
        eq(campaignTemplates.orgId, actor.orgId),
        versionId
          ? eq(campaignTemplateVersions.id, versionId)
          : and(
              eq(campaignTemplates.id, campaign.templateId),
              eq(campaignTemplateVersions.version, campaignTemplates.version),
            ),
      ),
    );
  if (!version) fail("invalid", errorKeys.campaignIncomplete);
  const contact = input.contactId
    ? await contactForTemplate(db, actor.orgId, input.contactId)
    : sampleContact(input.language);
  const event = (await eventForTemplate(db, actor.orgId, campaign.eventId)) ?? sampleEvent(new Date());
  const org = await orgForTemplate(db, actor.orgId);
  const body = renderTemplate(
    input.language === "ar" ? version.bodyAr : version.bodyEn,
    campaignTemplateValues({ contact, event, org }, input.language),
  );
  return sendTestMessage(db, boss, actor, {
    sessionId: campaign.sessionId,
    recipientType: "contact",
    phone: input.phone,
    body,
    language: input.language,
  });
}
