"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Ltr } from "@/components/ui/ltr";
import { SessionStatusBadge } from "@/components/whatsapp/session-status-badge";
import { useMessageErrorText, useSessionErrorText } from "@/components/whatsapp/use-code-text";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { DashboardSection, SectionLink } from "./dashboard-section";
import { liveQuery } from "./live-options";

/** WhatsApp numbers that cannot send (not connected, or paused), linking to the WhatsApp page. */
export function WhatsAppAttentionSection() {
  const t = useTranslations("home.whatsapp");
  const errorText = useSessionErrorText();
  const trpc = useTRPC();
  const sessions = useQuery(trpc.dashboard.whatsappAttention.queryOptions(undefined, liveQuery));
  return (
    <DashboardSection
      testId="dashboard-whatsapp"
      title={t("title")}
      actions={<SectionLink href="/whatsapp">{t("open")}</SectionLink>}
      query={sessions}
      isEmpty={(data) => data.length === 0}
      empty={{ title: t("empty"), body: t("emptyBody") }}
    >
      {(data) => (
        <ul className="divide-y divide-slate-100">
          {data.map((session) => (
            <li key={session.id} className="space-y-1 py-2" data-testid="attention-session">
              <div className="flex flex-wrap items-center gap-2">
                <Link href="/whatsapp" className="font-medium text-slate-900 hover:underline">
                  {session.name}
                </Link>
                {session.phone && <Ltr className="text-sm text-slate-600">{session.phone}</Ltr>}
                <SessionStatusBadge status={session.status} />
                {session.sendingPausedAt && <Badge tone="red">{t("paused")}</Badge>}
              </div>
              {(session.sendingPausedReason ?? session.lastError) && (
                <p className="text-sm text-slate-600">
                  {errorText((session.sendingPausedReason ?? session.lastError)!)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

/** E-mails that failed in the last 24 hours, each linking to the message in the mailbox. */
export function FailedEmailsSection() {
  const t = useTranslations("home.failedEmails");
  const format = useFormatter();
  const trpc = useTRPC();
  const emails = useQuery(trpc.dashboard.failedEmails.queryOptions(undefined, liveQuery));
  return (
    <DashboardSection
      testId="dashboard-failed-emails"
      title={t("title")}
      actions={<SectionLink href="/mailbox">{t("open")}</SectionLink>}
      query={emails}
      isEmpty={(data) => data.total === 0}
      empty={{ title: t("empty"), body: t("emptyBody") }}
    >
      {(data) => (
        <ul className="divide-y divide-slate-100">
          {data.items.map((email) => (
            <li key={email.id} className="space-y-1 py-2" data-testid="failed-email">
              <Link href={`/mailbox/${email.id}`} className="font-medium text-slate-900 hover:underline">
                {email.subject}
              </Link>
              <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
                <Ltr>{email.recipient}</Ltr>
                {email.failedAt && <span>{format.dateTime(email.failedAt, "dateTime")}</span>}
              </p>
            </li>
          ))}
          {data.total > data.items.length && (
            <li className="py-2 text-sm">
              <SectionLink href="/mailbox">
                {t("more", { count: data.total - data.items.length })}
              </SectionLink>
            </li>
          )}
        </ul>
      )}
    </DashboardSection>
  );
}

/** WhatsApp messages that failed in the last 24 hours, linking to the failed messages. */
export function FailedWhatsAppSection() {
  const t = useTranslations("home.failedWhatsApp");
  const format = useFormatter();
  const errorText = useMessageErrorText();
  const trpc = useTRPC();
  const messages = useQuery(trpc.dashboard.failedWhatsApp.queryOptions(undefined, liveQuery));
  const failedHref = "/whatsapp/messages?status=failed";
  return (
    <DashboardSection
      testId="dashboard-failed-whatsapp"
      title={t("title")}
      actions={<SectionLink href={failedHref}>{t("open")}</SectionLink>}
      query={messages}
      isEmpty={(data) => data.total === 0}
      empty={{ title: t("empty"), body: t("emptyBody") }}
    >
      {(data) => (
        <ul className="divide-y divide-slate-100">
          {data.items.map((message) => (
            <li key={message.id} className="space-y-1 py-2" data-testid="failed-whatsapp">
              <Link href={failedHref} className="font-medium text-slate-900 hover:underline">
                {/* The recipient stays left to right inside the sentence, also in Arabic. */}
                {t("to", { recipient: `\u2066${message.recipient}\u2069` })}
              </Link>
              <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
                {message.error && <span>{errorText(message.error)}</span>}
                {message.failedAt && <span>{format.dateTime(message.failedAt, "dateTime")}</span>}
              </p>
            </li>
          ))}
          {data.total > data.items.length && (
            <li className="py-2 text-sm">
              <SectionLink href={failedHref}>
                {t("more", { count: data.total - data.items.length })}
              </SectionLink>
            </li>
          )}
        </ul>
      )}
    </DashboardSection>
  );
}
