import {
  type Database,
  eventReminders,
  memberships,
  reminderDeliveries,
  reminderSchedules,
} from "@taqweem/db";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { changes } from "../changes";
import { findEvent } from "../event-ref";
import type { Tx } from "../tx";
import { assertWhatsappRecipientAllowed } from "../whatsapp/known-recipients";
import { withStoredWhatsapp } from "../whatsapp/phone";
import type { NewReminder, ReminderChanges } from "./inputs";
import { eventReminderKey } from "./plan";
import { rescheduleEventReminders } from "./schedule";

function columns(input: ReminderChanges) {
  const { whatsapp, userIds, ...rest } = input;
  return {
    ...rest,
    ...(userIds && { userIds: [...new Set(userIds)] }),
    ...(whatsapp !== undefined && {
      whatsappRecipientType: whatsapp?.type ?? null,
      whatsappRecipient: whatsapp?.recipient ?? null,
      ...(whatsapp && { whatsappLocale: whatsapp.locale }),
    }),
  };
}

/** Chosen people must be active members of the organisation. */
async function assertMembers(tx: Tx, orgId: string, userIds: string[] | undefined) {
  const unique = [...new Set(userIds ?? [])];
  if (unique.length === 0) return;
  const found = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        inArray(memberships.userId, unique),
        isNull(memberships.deactivatedAt),
      ),
    );
  if (found.length !== unique.length) fail("invalid", "errors.invalidAssignee");
}

async function lockReminder(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(eventReminders)
    .where(and(eq(eventReminders.id, id), eq(eventReminders.orgId, orgId)))
    .for("update");
  return row ?? fail("not_found", "errors.notFound");
}

export async function createEventReminder(db: Database, boss: PgBoss, actor: Actor, given: NewReminder) {
  return db.transaction(async (tx) => {
    const input = await withStoredWhatsapp(tx, actor.orgId, given);
    await findEvent(tx, actor.orgId, input.eventId);
    await assertMembers(tx, actor.orgId, input.userIds);
    await assertWhatsappRecipientAllowed(tx, actor, input.whatsapp);
    const [row] = await tx
      .insert(eventReminders)
      .values({
        ...columns(input),
        offset: input.offset,
        eventId: input.eventId,
        orgId: actor.orgId,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event_reminder.create",
      entity: "event",
      entityId: input.eventId,
      diff: { reminderId: row!.id, ...columns(input) },
    });
    await rescheduleEventReminders(tx, boss, input.eventId);
    return row!;
  });
}

export async function updateEventReminder(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  id: string,
  given: ReminderChanges,
) {
  return db.transaction(async (tx) => {
    const before = await lockReminder(tx, actor.orgId, id);
    const input = await withStoredWhatsapp(tx, actor.orgId, given);
    await assertMembers(tx, actor.orgId, input.userIds);
    const current =
      before.whatsappRecipientType && before.whatsappRecipient
        ? { type: before.whatsappRecipientType, recipient: before.whatsappRecipient }
        : null;
    await assertWhatsappRecipientAllowed(tx, actor, input.whatsapp, current);
    const offset = input.offset ?? before.offset;
    const custom = offset === "custom" ? (input.customMinutesBefore ?? before.customMinutesBefore) : null;
    if (offset === "custom" && custom === null) fail("invalid", "errors.invalidInput");
    const next = { ...columns(input), customMinutesBefore: custom };
    const [row] = await tx
      .update(eventReminders)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(eventReminders.id, id))
      .returning();
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event_reminder.update",
      entity: "event",
      entityId: before.eventId,
      diff: { reminderId: id, ...changes(before, next) },
    });
    await rescheduleEventReminders(tx, boss, before.eventId);
    return row!;
  });
}

export async function deleteEventReminder(db: Database, boss: PgBoss, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const before = await lockReminder(tx, actor.orgId, id);
    await tx.delete(eventReminders).where(eq(eventReminders.id, id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event_reminder.delete",
      entity: "event",
      entityId: before.eventId,
      diff: { reminderId: id, offset: before.offset },
    });
    await rescheduleEventReminders(tx, boss, before.eventId);
  });
}

/** An event's reminders with the time each goes out next (null: not again) and when it last went out. */
export async function listEventReminders(db: Database, orgId: string, eventId: string) {
  await findEvent(db, orgId, eventId);
  const keyOf = sql`'event-reminder:' || ${eventReminders.id}`;
  const rows = await db
    .select({
      reminder: eventReminders,
      nextAt: reminderSchedules.fireAt,
      lastSentAt: sql<Date | null>`(select max(${reminderDeliveries.createdAt}) from ${reminderDeliveries}
        where ${reminderDeliveries.occurrenceKey} like ${keyOf} || '@%')`.mapWith((value: string | null) =>
        value ? new Date(value) : null,
      ),
    })
    .from(eventReminders)
    .leftJoin(reminderSchedules, eq(reminderSchedules.key, keyOf))
    .where(eq(eventReminders.eventId, eventId))
    .orderBy(asc(eventReminders.createdAt));
  return rows.map(({ reminder, ...timing }) => ({
    ...reminder,
    key: eventReminderKey(reminder.id),
    ...timing,
  }));
}
