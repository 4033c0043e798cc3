import { departmentMembers, departments, type Locale, memberships, users } from "@taqweem/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../tx";

export interface AudienceUser {
  id: string;
  email: string;
  locale: Locale;
}

/** Who hears about something: people (each in their language) and shared channels. */
export interface Audience {
  users: AudienceUser[];
  mailboxes: { address: string; locale: Locale }[];
  whatsapp: { type: "contact" | "group"; recipient: string; locale: Locale }[];
}

export const noOne: Audience = { users: [], mailboxes: [], whatsapp: [] };

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

export function mergeAudiences(...audiences: Audience[]): Audience {
  return {
    users: uniqueBy(
      audiences.flatMap((a) => a.users),
      (u) => u.id,
    ),
    mailboxes: uniqueBy(
      audiences.flatMap((a) => a.mailboxes),
      (m) => m.address.toLowerCase(),
    ),
    whatsapp: uniqueBy(
      audiences.flatMap((a) => a.whatsapp),
      (w) => w.recipient,
    ),
  };
}

const activeMember = (orgId: string) =>
  and(eq(memberships.orgId, orgId), eq(memberships.userId, users.id), isNull(memberships.deactivatedAt));

/** The given users who are active members of the organisation (anyone else is left out). */
export async function usersAudience(db: Executor, orgId: string, userIds: string[]): Promise<Audience> {
  if (userIds.length === 0) return noOne;
  const rows = await db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .innerJoin(memberships, activeMember(orgId))
    .where(inArray(users.id, userIds));
  return { ...noOne, users: rows };
}

/** Active members of the departments, plus each department's mailboxes and WhatsApp group. */
export async function departmentsAudience(
  db: Executor,
  orgId: string,
  departmentIds: string[],
): Promise<Audience> {
  if (departmentIds.length === 0) return noOne;
  const [members, shared] = await Promise.all([
    db
      .select({ id: users.id, email: users.email, locale: users.locale })
      .from(departmentMembers)
      .innerJoin(users, eq(users.id, departmentMembers.userId))
      .innerJoin(memberships, activeMember(orgId))
      .where(inArray(departmentMembers.departmentId, departmentIds)),
    db
      .select()
      .from(departments)
      .where(and(eq(departments.orgId, orgId), inArray(departments.id, departmentIds))),
  ]);
  return mergeAudiences({
    users: members,
    mailboxes: shared.flatMap((d) => d.emails.map((address) => ({ address, locale: d.locale }))),
    whatsapp: shared.flatMap((d) =>
      d.whatsappRecipientType && d.whatsappRecipient
        ? [{ type: d.whatsappRecipientType, recipient: d.whatsappRecipient, locale: d.locale }]
        : [],
    ),
  });
}
