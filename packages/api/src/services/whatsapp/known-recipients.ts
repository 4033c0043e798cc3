import { departments, waAnnouncementGroups, waGroups } from "@taqweem/db";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { can } from "../../permissions";
import type { Actor } from "../actor";
import type { Executor } from "../tx";

export interface WhatsappRecipient {
  type: "contact" | "group";
  recipient: string;
}

/** Admins may send to any number or group; everyone else only to the organisation's known recipients. */
export const sendsToAnyWhatsapp = (actor: Actor) => can(actor.role, "whatsapp.manage");

/**
 * The organisation's known WhatsApp recipients: each department's number or group, and the
 * announcement groups the numbers still belong to, with a name to show.
 */
export async function knownWhatsappRecipients(db: Executor, orgId: string) {
  const [fromDepartments, announcement] = await Promise.all([
    db
      .select({
        type: departments.whatsappRecipientType,
        recipient: departments.whatsappRecipient,
        nameEn: departments.nameEn,
        nameAr: departments.nameAr,
      })
      .from(departments)
      .where(
        and(
          eq(departments.orgId, orgId),
          isNotNull(departments.whatsappRecipientType),
          isNotNull(departments.whatsappRecipient),
        ),
      ),
    db
      .selectDistinct({ recipient: waGroups.jid, name: waGroups.name })
      .from(waAnnouncementGroups)
      .innerJoin(waGroups, eq(waGroups.id, waAnnouncementGroups.groupId))
      .where(and(eq(waAnnouncementGroups.orgId, orgId), isNull(waGroups.leftAt))),
  ]);
  const known = new Map<string, WhatsappRecipient & { nameEn: string; nameAr: string }>();
  for (const row of fromDepartments)
    known.set(row.recipient!, {
      type: row.type!,
      recipient: row.recipient!,
      nameEn: row.nameEn,
      nameAr: row.nameAr,
    });
  for (const row of announcement)
    known.set(row.recipient, { type: "group", recipient: row.recipient, nameEn: row.name, nameAr: row.name });
  return [...known.values()];
}

/**
 * Refuses a WhatsApp destination the actor may not choose. `current` is what the record already
 * has: keeping it is always allowed, so an editor can change the rest of an admin's reminder.
 */
export async function assertWhatsappRecipientAllowed(
  db: Executor,
  actor: Actor,
  target: WhatsappRecipient | null | undefined,
  current: WhatsappRecipient | null = null,
) {
  if (!target || sendsToAnyWhatsapp(actor)) return;
  if (current && current.type === target.type && current.recipient === target.recipient) return;
  const known = await knownWhatsappRecipients(db, actor.orgId);
  if (!known.some((entry) => entry.type === target.type && entry.recipient === target.recipient))
    fail("forbidden", errorKeys.waRecipientNotAllowed);
}
