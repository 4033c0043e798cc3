import { type Event, events, type StagedEvent, scrapedEvents, scrapedEventVersions } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { type ErrorKey, errorKeys } from "../../errors";
import { recordAudit } from "../audit";
import { type Creator, createEventIn } from "../events/create";
import { newEventInput } from "../events/fields";
import { orgTimeZone } from "../events/org-time-zone";
import type { Tx } from "../tx";
import { reviewedSnapshot, sourceValues } from "./fields";

export interface ImportChoice {
  status: "draft" | "published";
  categoryId: string | null;
}

/**
 * Creates the calendar event of a staged event through the events service (validation, history,
 * announcement) and links them: the event knows its source and external id, the staged event its
 * calendar event and the version it came from. History records who imported it from which run.
 */
export async function importStagedEvent(
  tx: Tx,
  boss: PgBoss,
  actor: Creator,
  staged: StagedEvent,
  choice: ImportChoice,
): Promise<Event> {
  if (staged.eventId) fail("conflict", errorKeys.sourceAlreadyImported);
  const [version] = await tx
    .select()
    .from(scrapedEventVersions)
    .where(eq(scrapedEventVersions.id, staged.latestVersionId!));
  const timeZone = await orgTimeZone(tx, actor.orgId);
  const values = sourceValues(version!.fields, timeZone);
  const parsed = newEventInput.safeParse({
    ...values,
    ...values.times,
    times: undefined,
    timeZone,
    status: choice.status,
    categoryId: choice.categoryId,
  });
  if (!parsed.success)
    fail("invalid", (parsed.error.issues[0]?.message ?? errorKeys.invalidInput) as ErrorKey);
  const created = await createEventIn(tx, boss, actor, parsed.data);
  const [event] = await tx
    .update(events)
    .set({ source: "scraped", sourceId: staged.sourceId, externalId: staged.externalId })
    .where(eq(events.id, created.id))
    .returning();
  await tx
    .update(scrapedEvents)
    .set({
      eventId: event!.id,
      importedVersionId: version!.id,
      reviewedFields: reviewedSnapshot(values),
      needsReview: false,
      ignoredAt: null,
      updatedAt: new Date(),
    })
    .where(eq(scrapedEvents.id, staged.id));
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action: "event.source_import",
    entity: "event",
    entityId: event!.id,
    diff: { sourceRunId: version!.runId },
  });
  return event!;
}
