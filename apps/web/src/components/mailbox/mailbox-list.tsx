"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { EmailStatus } from "@taqweem/db/schema";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState } from "@/components/ui/states";
import { useQueryState } from "@/hooks/use-query-state";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { EmailStatusBadge } from "./email-status-badge";

/** The order the status filter offers them in. */
const emailStatuses: EmailStatus[] = ["captured", "queued", "sent", "failed"];

/** Every e-mail the organisation sent or captured, newest first, filtered by status in the address. */
export function MailboxList() {
  const t = useTranslations("mailbox");
  const tLanguage = useTranslations("planning.languageNames");
  const format = useFormatter();
  const trpc = useTRPC();
  const [status, setStatus] = useQueryState(statusFromQuery, statusQuery);
  const list = useInfiniteQuery(
    trpc.mailbox.list.infiniteQueryOptions(
      { limit: 50, ...(status && { status }) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = pagedItems(list.data);

  const body = (
    <QueryView
      query={list}
      loadFailed={t("loadFailed")}
      isEmpty={() => items.length === 0}
      empty={<EmptyState title={t("emptyTitle")} body={status ? t("emptyFiltered") : t("emptyBody")} />}
    >
      {() => (
        <>
          <DataTable
            label={t("listTitle")}
            minWidth="46rem"
            head={
              <>
                <HeaderCell>{t("columns.subject")}</HeaderCell>
                <HeaderCell>{t("columns.recipient")}</HeaderCell>
                <HeaderCell>{t("columns.language")}</HeaderCell>
                <HeaderCell>{t("columns.status")}</HeaderCell>
                <HeaderCell>{t("columns.created")}</HeaderCell>
              </>
            }
          >
            {items.map((message) => (
              <tr key={message.id} data-testid="mailbox-row" className="hover:bg-slate-50">
                <td className={`${cellClass} font-medium`}>
                  <Link href={`/mailbox/${message.id}`} className="text-brand-700 hover:underline" dir="auto">
                    {message.subject}
                  </Link>
                </td>
                <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                  <Ltr>{message.recipient}</Ltr>
                </td>
                <td className={`${cellClass} text-slate-700`}>{tLanguage(message.locale)}</td>
                <td className={cellClass}>
                  <EmailStatusBadge status={message.status} />
                </td>
                <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                  {format.dateTime(message.createdAt, "dateTime")}
                </td>
              </tr>
            ))}
          </DataTable>
          <LoadMore query={list} label={t("more")} />
        </>
      )}
    </QueryView>
  );

  return (
    <div className="space-y-6">
      <Alert tone="info">{t("capturedExplained")}</Alert>
      <Card
        title={t("listTitle")}
        actions={
          <div className="w-48">
            <SelectField
              id="mailbox-status"
              label={t("filter")}
              value={status ?? ""}
              emptyLabel={t("allStatuses")}
              options={emailStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
              onChange={(value) => setStatus(emailStatuses.find((candidate) => candidate === value))}
            />
          </div>
        }
      >
        {body}
      </Card>
    </div>
  );
}

function statusFromQuery(params: URLSearchParams): EmailStatus | undefined {
  return emailStatuses.find((candidate) => candidate === params.get("status"));
}

function statusQuery(status: EmailStatus | undefined): Record<string, string> {
  return status ? { status } : {};
}
