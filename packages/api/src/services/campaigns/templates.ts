import {
  campaignTemplates,
  campaignTemplateVersions,
  contacts,
  type Database,
  type Locale,
  organisations,
} from "@taqweem/db";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import type { Executor } from "../tx";
import { loadEventForTemplate } from "../whatsapp/announce";
import { sampleEvent } from "../whatsapp/template-preview";
import { renderTemplate, unknownVariables } from "../whatsapp/template-render";
import type { PreviewTemplate, SaveTemplate } from "./inputs";
import {
  type CampaignTemplateContext,
  type ContactForTemplate,
  campaignTemplateValues,
  campaignVariables,
  sampleContact,
} from "./template-values";

type Bodies = { bodyEn: string; bodyAr: string };

/** Refuses wording with a variable campaigns do not offer, naming the first one. */
export function assertCampaignVariables(bodies: Bodies) {
  const [unknown] = [
    ...unknownVariables(campaignVariables, bodies.bodyEn),
    ...unknownVariables(campaignVariables, bodies.bodyAr),
  ];
  if (unknown) fail("invalid", errorKeys.campaignTemplateVariable, { variable: unknown });
}

/** Whether the wording says anything about an event (then the campaign needs one). */
export const usesEvent = (bodies: Bodies) => /\{\{\s*event\./.test(bodies.bodyEn + bodies.bodyAr);

export async function listCampaignTemplates(db: Database, orgId: string) {
  return db
    .select({
      id: campaignTemplates.id,
      name: campaignTemplates.name,
      version: campaignTemplates.version,
      updatedAt: campaignTemplates.updatedAt,
      bodyEn: campaignTemplateVersions.bodyEn,
      bodyAr: campaignTemplateVersions.bodyAr,
    })
    .from(campaignTemplates)
    .innerJoin(
      campaignTemplateVersions,
      and(
        eq(campaignTemplateVersions.templateId, campaignTemplates.id),
        eq(campaignTemplateVersions.version, campaignTemplates.version),
      ),
    )
    .where(eq(campaignTemplates.orgId, orgId))
    .orderBy(asc(campaignTemplates.name));
}

export async function templateVersions(db: Database, orgId: string, templateId: string) {
  return db
    .select({
      id: campaignTemplateVersions.id,
      version: campaignTemplateVersions.version,
      bodyEn: campaignTemplateVersions.bodyEn,
      bodyAr: campaignTemplateVersions.bodyAr,
      createdAt: campaignTemplateVersions.createdAt,
    })
    .from(campaignTemplateVersions)
    .innerJoin(campaignTemplates, eq(campaignTemplates.id, campaignTemplateVersions.templateId))
    .where(and(eq(campaignTemplates.id, templateId), eq(campaignTemplates.orgId, orgId)))
    .orderBy(desc(campaignTemplateVersions.version));
}

/** Creates a template, or saves a new version of one: earlier versions stay as they were. */
export async function saveCampaignTemplate(db: Database, actor: Actor, input: SaveTemplate) {
  assertCampaignVariables(input);
  return db.transaction(async (tx) => {
    let template: { id: string; version: number };
    if (input.id) {
      const [row] = await tx
        .update(campaignTemplates)
        .set({ name: input.name, version: sql`${campaignTemplates.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(campaignTemplates.id, input.id), eq(campaignTemplates.orgId, actor.orgId)))
        .returning({ id: campaignTemplates.id, version: campaignTemplates.version })
        .catch(nameTaken);
      template = row ?? fail("not_found", errorKeys.notFound);
    } else {
      const [row] = await tx
        .insert(campaignTemplates)
        .values({ orgId: actor.orgId, name: input.name, createdBy: actor.userId })
        .onConflictDoNothing()
        .returning({ id: campaignTemplates.id, version: campaignTemplates.version });
      template = row ?? fail("conflict", errorKeys.campaignTemplateExists);
    }
    await tx.insert(campaignTemplateVersions).values({
      templateId: template.id,
      version: template.version,
      bodyEn: input.bodyEn,
      bodyAr: input.bodyAr,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: input.id ? "campaign.template.update" : "campaign.template.create",
      entity: "campaign_template",
      entityId: template.id,
      diff: { version: template.version },
    });
    return template;
  });
}

function nameTaken(error: unknown): never {
  const code =
    (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
  if (code === "23505") fail("conflict", errorKeys.campaignTemplateExists);
  throw error;
}

/** A contact's values for templates, from its row. */
export async function contactForTemplate(db: Executor, orgId: string, contactId: string) {
  const [row] = await db
    .select({
      nameEn: contacts.nameEn,
      nameAr: contacts.nameAr,
      honorific: contacts.honorific,
      organisation: contacts.organisation,
      position: contacts.position,
      language: contacts.language,
    })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.orgId, orgId), isNull(contacts.deletedAt)));
  return row ?? fail("not_found", errorKeys.notFound);
}

export async function orgForTemplate(db: Executor, orgId: string): Promise<CampaignTemplateContext["org"]> {
  const [org] = await db
    .select({ nameEn: organisations.nameEn, nameAr: organisations.nameAr, timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return org ?? fail("not_found", errorKeys.notFound);
}

export async function eventForTemplate(db: Executor, orgId: string, eventId: string | null | undefined) {
  if (!eventId) return null;
  const event = await loadEventForTemplate(db, eventId);
  if (!event || event.orgId !== orgId) fail("not_found", errorKeys.notFound);
  return event;
}

/**
 * The message each language would get, for a chosen contact (in the contact's own values) or the
 * sample contact, about a chosen event or a sample one; plus the variables it does not know, so the
 * editor can name them while staff type.
 */
export async function previewCampaignTemplate(db: Executor, orgId: string, input: PreviewTemplate) {
  const chosen = input.contactId ? await contactForTemplate(db, orgId, input.contactId) : null;
  const event = (await eventForTemplate(db, orgId, input.eventId)) ?? sampleEvent(new Date());
  const org = await orgForTemplate(db, orgId);
  const render = (language: Locale, body: string) => {
    const contact: ContactForTemplate = chosen ?? sampleContact(language);
    return renderTemplate(body, campaignTemplateValues({ contact, event, org }, language));
  };
  return {
    en: render("en", input.bodyEn),
    ar: render("ar", input.bodyAr),
    contactLanguage: chosen?.language ?? null,
    unknown: [
      ...new Set([
        ...unknownVariables(campaignVariables, input.bodyEn),
        ...unknownVariables(campaignVariables, input.bodyAr),
      ]),
    ],
    variables: [...campaignVariables],
  };
}
