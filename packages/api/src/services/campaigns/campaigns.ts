import {
  type Campaign,
  campaigns,
  campaignTemplates,
  contacts,
  type Database,
  waSessions,
} from "@taqweem/db";
import { campaignStartQueue, fromDrizzle, sendJob } from "@taqweem/jobs";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { afterCursor, newestFirst, toPage } from "../pagination";
import type { Executor, Tx } from "../tx";
import type { CreateCampaign, ListCampaigns, UpdateCampaign } from "./inputs";
import { publishCampaign } from "./publish";

export async function lockCampaign(tx: Tx, orgId: string, campaignId: string): Promise<Campaign> {
  const [row] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)))
    .for("update");
  return row ?? fail("not_found", errorKeys.notFound);
}

/** The template and number must be the organisation's own. */
async function assertReferences(db: Executor, orgId: string, input: CreateCampaign) {
  if (input.templateId) {
    const [template] = await db
      .select({ id: campaignTemplates.id })
      .from(campaignTemplates)
      .where(and(eq(campaignTemplates.id, input.templateId), eq(campaignTemplates.orgId, orgId)));
    if (!template) fail("not_found", errorKeys.notFound);
  }
  if (input.sessionId) {
    const [session] = await db
      .select({ id: waSessions.id })
      .from(waSessions)
      .where(and(eq(waSessions.id, input.sessionId), eq(waSessions.orgId, orgId)));
    if (!session) fail("not_found", errorKeys.notFound);
  }
}

/** A schedule in the future queues the start job; none leaves a draft for staff to start. */
async function schedule(tx: Tx, boss: PgBoss, campaignId: string, scheduledAt: Date | null) {
  if (!scheduledAt) return "draft" as const;
  if (scheduledAt.getTime() <= Date.now()) fail("invalid", errorKeys.campaignScheduleInPast);
  await sendJob(
    boss,
    campaignStartQueue,
    { campaignId, scheduledAt: scheduledAt.toISOString() },
    { startAfter: scheduledAt, db: fromDrizzle(tx, sql) },
  );
  return "scheduled" as const;
}

export async function createCampaign(db: Database, boss: PgBoss, actor: Actor, input: CreateCampaign) {
  await assertReferences(db, actor.orgId, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ ...input, orgId: actor.orgId, createdBy: actor.userId })
      .returning();
    const state = await schedule(tx, boss, row!.id, input.scheduledAt);
    if (state !== row!.state) await tx.update(campaigns).set({ state }).where(eq(campaigns.id, row!.id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "campaign.create",
      entity: "campaign",
      entityId: row!.id,
      diff: { scheduledAt: input.scheduledAt?.toISOString() ?? null },
    });
    await publishCampaign(tx, actor.orgId, row!.id);
    return { id: row!.id, state };
  });
}

/** Changes a draft or scheduled campaign; a new time replaces the old one (its job then does nothing). */
export async function updateCampaign(db: Database, boss: PgBoss, actor: Actor, input: UpdateCampaign) {
  await assertReferences(db, actor.orgId, input);
  return db.transaction(async (tx) => {
    const current = await lockCampaign(tx, actor.orgId, input.id);
    if (current.state !== "draft" && current.state !== "scheduled")
      fail("conflict", errorKeys.campaignNotEditable);
    const { id, ...fields } = input;
    const state = await schedule(tx, boss, id, input.scheduledAt);
    await tx
      .update(campaigns)
      .set({ ...fields, state, missedSchedule: false, updatedAt: sql`now()` })
      .where(eq(campaigns.id, id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "campaign.update",
      entity: "campaign",
      entityId: id,
      diff: { scheduledAt: input.scheduledAt?.toISOString() ?? null },
    });
    await publishCampaign(tx, actor.orgId, id);
    return { id, state };
  });
}

export async function listCampaigns(db: Database, orgId: string, input: ListCampaigns) {
  const counts = sql<Record<string, number>>`(
    select coalesce(jsonb_object_agg(status, n), '{}'::jsonb) from (
      select r.status, count(*)::int as n from campaign_recipients r where r.campaign_id = ${campaigns.id} group by r.status
    ) s)`;
  const rows = await db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      state: campaigns.state,
      scheduledAt: campaigns.scheduledAt,
      missedSchedule: campaigns.missedSchedule,
      pauseReason: campaigns.pauseReason,
      recipientCount: campaigns.recipientCount,
      createdAt: campaigns.createdAt,
      startedAt: campaigns.startedAt,
      finishedAt: campaigns.finishedAt,
      counts,
    })
    .from(campaigns)
    .where(and(eq(campaigns.orgId, orgId), afterCursor(campaigns, input.cursor)))
    .orderBy(...newestFirst(campaigns))
    .limit(input.limit + 1);
  return toPage(rows, input.limit);
}

export async function getCampaign(db: Database, orgId: string, campaignId: string) {
  const [row] = await db
    .select({
      campaign: campaigns,
      templateName: campaignTemplates.name,
      sessionName: waSessions.name,
      sessionPhone: waSessions.phone,
    })
    .from(campaigns)
    .leftJoin(campaignTemplates, eq(campaignTemplates.id, campaigns.templateId))
    .leftJoin(waSessions, eq(waSessions.id, campaigns.sessionId))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)));
  if (!row) fail("not_found", errorKeys.notFound);
  const { contactIds } = row.campaign.audience;
  // The contacts chosen one by one, by name for the form (a deleted one drops out).
  const chosenContacts =
    contactIds.length === 0
      ? []
      : await db
          .select({
            id: contacts.id,
            nameEn: contacts.nameEn,
            nameAr: contacts.nameAr,
            phone: contacts.phone,
          })
          .from(contacts)
          .where(and(eq(contacts.orgId, orgId), inArray(contacts.id, contactIds), isNull(contacts.deletedAt)))
          .orderBy(asc(contacts.sortName));
  return {
    ...row.campaign,
    templateName: row.templateName,
    sessionName: row.sessionName,
    sessionPhone: row.sessionPhone,
    chosenContacts,
  };
}
