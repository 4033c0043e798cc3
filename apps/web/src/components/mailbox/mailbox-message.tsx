"use client";

import { useQuery } from "@tanstack/react-query";
import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { EmailStatusBadge } from "./email-status-badge";

const purposes = ["reminder", "task"] as const;
const isKnownPurpose = (purpose: string): purpose is (typeof purposes)[number] =>
  (purposes as readonly string[]).includes(purpose);

/**
 * One e-mail as its recipient would see it. The HTML is rendered in an iframe sandboxed with no
 * permissions at all (no scripts, no forms, no same origin), from `srcDoc`, never from a URL.
 */
export function MailboxMessage({ id }: { id: string }) {
  const t = useTranslations("mailbox");
  const trpc = useTRPC();
  const message = useQuery(trpc.mailbox.get.queryOptions({ id }));

  return (
    <>
      <div className="mb-4">
        <BackLink href="/mailbox">{t("back")}</BackLink>
      </div>
      <QueryView
        query={message}
        loadFailed={t("openFailed")}
        notFound={<EmptyState title={t("missingTitle")} body={t("missingBody")} />}
      >
        {(email) => <EmailView email={email} />}
      </QueryView>
    </>
  );
}

type Email = inferRouterOutputs<AppRouter>["mailbox"]["get"];

function EmailView({ email }: { email: Email }) {
  const t = useTranslations("mailbox");
  return (
    <div className="space-y-6">
      <Card>
        <h1 className="text-xl font-semibold text-slate-900" dir="auto" lang={email.locale}>
          {email.subject}
        </h1>
        <EmailFacts email={email} />
      </Card>
      <Card title={t("preview")}>
        <iframe
          title={t("previewTitle", { subject: email.subject })}
          sandbox=""
          srcDoc={email.html}
          className="h-[36rem] w-full rounded-lg border border-slate-200 bg-white"
        />
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">{t("plainText")}</summary>
          <pre
            dir="auto"
            className="mt-2 overflow-x-auto rounded-lg bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-800"
          >
            {email.text}
          </pre>
        </details>
      </Card>
    </div>
  );
}

/** Recipient, language, status and delivery: what an admin checks when a message did not arrive. */
function EmailFacts({ email }: { email: Email }) {
  const t = useTranslations("mailbox");
  const tLanguage = useTranslations("planning.languageNames");
  const format = useFormatter();
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      <Fact label={t("columns.recipient")}>
        <Ltr>{email.recipient}</Ltr>
      </Fact>
      <Fact label={t("columns.language")}>{tLanguage(email.locale)}</Fact>
      <Fact label={t("columns.status")}>
        <EmailStatusBadge status={email.status} />
      </Fact>
      <Fact label={t("purpose")}>
        {isKnownPurpose(email.purpose) ? t(`purposes.${email.purpose}`) : email.purpose}
      </Fact>
      <Fact label={t("columns.created")}>{format.dateTime(email.createdAt, "dateTime")}</Fact>
      <Fact label={t("attempts")}>{format.number(email.attempts, "integer")}</Fact>
      {email.sentAt && <Fact label={t("sentAt")}>{format.dateTime(email.sentAt, "dateTime")}</Fact>}
      {email.failedAt && <Fact label={t("failedAt")}>{format.dateTime(email.failedAt, "dateTime")}</Fact>}
      {email.providerId && (
        <Fact label={t("providerId")}>
          <Ltr className="font-mono text-xs">{email.providerId}</Ltr>
        </Fact>
      )}
      {email.lastError && (
        <Fact label={t("lastError")}>
          <Ltr className="font-mono text-xs">{email.lastError}</Ltr>
        </Fact>
      )}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
