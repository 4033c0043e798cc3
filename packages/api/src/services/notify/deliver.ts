import { type Locale, type NotificationKind, type ReminderChannel, reminderDeliveries } from "@taqweem/db";
import type { PgBoss } from "pg-boss";
import { queueEmail } from "../email/outbox";
import { createNotifications, type NewNotification } from "../notifications/create";
import type { Tx } from "../tx";
import { enqueueWhatsApps, type OutgoingWhatsApp } from "../whatsapp/enqueue";
import type { Audience } from "./audience";
import type { BilingualCopy, Copy } from "./copy";
import { absoluteUrl } from "./links";

export interface Notice {
  orgId: string;
  orgName: Record<Locale, string>;
  kind: NotificationKind;
  purpose: "reminder" | "task";
  entity: "event" | "task";
  entityId: string;
  /** Path in the app, without the locale. */
  link: string;
  copy: BilingualCopy;
  /** Channels to use; WhatsApp only reaches the audience's WhatsApp recipients. */
  channels: readonly ReminderChannel[];
  /** For reminders: each recipient gets this occurrence once per channel, however often a job runs. */
  occurrenceKey?: string;
}

function whatsappBody(copy: Copy, url: string): string {
  return [`*${copy.subject}*`, ...copy.lines, url].join("\n");
}

/**
 * Tells the audience, each in their language, on the notice's channels: in-app notifications,
 * e-mails through the outbox and WhatsApp messages, all in the caller's transaction.
 */
export async function deliver(tx: Tx, boss: PgBoss, notice: Notice, audience: Audience) {
  const uses = (channel: ReminderChannel) => notice.channels.includes(channel);
  const firstTime = async (channel: ReminderChannel, recipient: string) => {
    if (!notice.occurrenceKey) return true;
    const [claimed] = await tx
      .insert(reminderDeliveries)
      .values({ orgId: notice.orgId, occurrenceKey: notice.occurrenceKey, channel, recipient })
      .onConflictDoNothing()
      .returning({ id: reminderDeliveries.id });
    return Boolean(claimed);
  };
  const email = async (to: string, locale: Locale) =>
    queueEmail(tx, boss, {
      orgId: notice.orgId,
      orgName: notice.orgName[locale],
      to,
      locale,
      copy: notice.copy[locale],
      url: absoluteUrl(locale, notice.link),
      purpose: notice.purpose,
      entity: notice.entity,
      entityId: notice.entityId,
      idempotencyKey: notice.occurrenceKey && `${notice.occurrenceKey}|${to}`,
    });

  const inApp: NewNotification[] = [];
  const emailed = new Set<string>();
  for (const user of audience.users) {
    if (uses("in_app") && (await firstTime("in_app", user.id))) {
      const { en, ar } = notice.copy;
      inApp.push({
        orgId: notice.orgId,
        userId: user.id,
        kind: notice.kind,
        titleEn: en.subject,
        titleAr: ar.subject,
        bodyEn: en.lines.join("\n"),
        bodyAr: ar.lines.join("\n"),
        link: notice.link,
        entity: notice.entity,
        entityId: notice.entityId,
      });
    }
    const address = user.email.toLowerCase();
    emailed.add(address);
    if (uses("email") && (await firstTime("email", address))) await email(user.email, user.locale);
  }
  await createNotifications(tx, inApp);

  for (const mailbox of audience.mailboxes) {
    const address = mailbox.address.toLowerCase();
    if (emailed.has(address)) continue;
    emailed.add(address);
    if (uses("email") && (await firstTime("email", address))) await email(mailbox.address, mailbox.locale);
  }

  const chats: OutgoingWhatsApp[] = [];
  for (const chat of audience.whatsapp) {
    if (!uses("whatsapp") || !(await firstTime("whatsapp", chat.recipient))) continue;
    chats.push({
      orgId: notice.orgId,
      recipientType: chat.type,
      recipient: chat.recipient,
      body: whatsappBody(notice.copy[chat.locale], absoluteUrl(chat.locale, notice.link)),
      language: chat.locale,
      purpose: notice.purpose,
      template: notice.kind,
      entity: notice.entity,
      entityId: notice.entityId,
    });
  }
  await enqueueWhatsApps(tx, boss, chats);
}
