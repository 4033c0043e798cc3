import { type Locale, organisations, type Role, users } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { queueEmail } from "../email/outbox";
import type { Copy } from "../notify/copy";
import { absoluteUrl } from "../notify/links";
import type { Tx } from "../tx";

const roleNames: Record<Locale, Record<Role, string>> = {
  en: { admin: "Admin", editor: "Editor", department: "Department", viewer: "Viewer" },
  ar: { admin: "مسؤول", editor: "محرر", department: "قسم", viewer: "مُطّلِع" },
};

// Only the inviting organisation's name and the role: nothing about the person's other work.
const copies: Record<Locale, (org: string, role: string) => Copy> = {
  en: (org, role) => ({
    subject: `Invitation to join ${org} on Taqweem`,
    heading: `${org} invites you to join as ${role}`,
    lines: ["Sign in to Taqweem to accept or decline. Until you accept, you are not a member."],
    actionLabel: "Sign in to answer",
  }),
  ar: (org, role) => ({
    subject: `دعوة للانضمام إلى ${org} في تقويم`,
    heading: `تدعوك ${org} إلى الانضمام بدور ${role}`,
    lines: ["سجّل الدخول إلى تقويم لقبول الدعوة أو رفضها. لن تصبح عضوًا قبل أن تقبلها."],
    actionLabel: "سجّل الدخول للرد",
  }),
};

/** Tells the invited user by e-mail, in their language, through the outbox in the caller's transaction. */
export async function queueInvitationEmail(
  tx: Tx,
  boss: PgBoss,
  invitation: { id: string; orgId: string; userId: string; role: Role },
): Promise<void> {
  const [user] = await tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, invitation.userId));
  const [org] = await tx
    .select({ nameEn: organisations.nameEn, nameAr: organisations.nameAr })
    .from(organisations)
    .where(eq(organisations.id, invitation.orgId));
  if (!user || !org) return;
  const locale = user.locale;
  const orgName = (locale === "ar" ? org.nameAr : org.nameEn) || org.nameEn;
  await queueEmail(tx, boss, {
    orgId: invitation.orgId,
    orgName,
    to: user.email,
    locale,
    copy: copies[locale](orgName, roleNames[locale][invitation.role]),
    url: absoluteUrl(locale, ""),
    purpose: "invitation",
    entity: "invitation",
    entityId: invitation.id,
  });
}
