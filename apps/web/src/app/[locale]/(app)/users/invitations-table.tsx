"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";
import { useTRPC } from "@/trpc/react";

/** People of other organisations asked to join: invited until they accept, or declined. */
export function InvitationsTable() {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const invitations = useQuery(trpc.users.invitations.queryOptions());
  if (!invitations.data?.length) return null;
  return (
    <Card title={t("users.invitations.title")}>
      <p className="mb-4 text-sm text-slate-600">{t("users.invitations.intro")}</p>
      <DataTable
        label={t("users.invitations.title")}
        minWidth="40rem"
        head={
          <>
            <HeaderCell>{t("users.columns.name")}</HeaderCell>
            <HeaderCell>{t("users.columns.email")}</HeaderCell>
            <HeaderCell>{t("users.columns.role")}</HeaderCell>
            <HeaderCell>{t("users.columns.status")}</HeaderCell>
            <HeaderCell>{t("users.invitations.sent")}</HeaderCell>
          </>
        }
      >
        {invitations.data.map((invitation) => (
          <tr key={invitation.id} data-testid="invitation-row">
            <td className={`${cellClass} font-medium text-slate-900`}>{invitation.name}</td>
            <td className={`${cellClass} text-slate-700`}>
              <Ltr>{invitation.email}</Ltr>
            </td>
            <td className={cellClass}>{t(`roles.${invitation.role}`)}</td>
            <td className={cellClass}>
              {invitation.status === "pending" ? (
                <Badge tone="amber">{t("users.invitations.invited")}</Badge>
              ) : (
                <Badge tone="slate">{t("users.invitations.declined")}</Badge>
              )}
            </td>
            <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
              {format.dateTime(invitation.createdAt, "dateTime")}
            </td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}
