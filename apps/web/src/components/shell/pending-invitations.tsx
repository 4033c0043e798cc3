"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { AppLocale } from "@/i18n/routing";
import { localized } from "@/lib/bilingual";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { SwitchOrganisation } from "./switch-organisation";

/** Invitations to other organisations, answered here; nothing shows when there are none. */
export function PendingInvitations() {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [joined, setJoined] = useState<{ orgId: string; name: string } | null>(null);
  const invitations = useQuery(trpc.me.invitations.queryOptions());
  const respond = useMutation(
    trpc.me.respondToInvitation.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.me.invitations.queryKey() }),
    }),
  );
  const orgName = (invitation: { orgNameEn: string; orgNameAr: string }) =>
    localized(invitation.orgNameEn, invitation.orgNameAr, locale)?.text ?? "";

  if (!joined && !respond.isError && !invitations.data?.length) return null;
  return (
    <section aria-label={t("invitations.title")} className="mb-6 space-y-3">
      {joined && (
        <Alert tone="success">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p>{t("invitations.accepted", { org: joined.name })}</p>
            <SwitchOrganisation orgId={joined.orgId} label={t("userMenu.switchTo", { org: joined.name })} />
          </div>
        </Alert>
      )}
      {respond.isError && <Alert tone="error">{errorMessage(respond.error)}</Alert>}
      {invitations.data?.map((invitation) => (
        <Alert key={invitation.id} tone="info">
          <div data-testid="invitation" className="flex flex-wrap items-center justify-between gap-3">
            <p>
              {t.rich("invitations.body", {
                org: orgName(invitation),
                role: t(`roles.${invitation.role}`),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                disabled={respond.isPending}
                className={buttonClass("primary", "sm")}
                onClick={() =>
                  respond.mutate(
                    { invitationId: invitation.id, accept: true },
                    { onSuccess: () => setJoined({ orgId: invitation.orgId, name: orgName(invitation) }) },
                  )
                }
              >
                {t("invitations.accept")}
              </button>
              <button
                type="button"
                disabled={respond.isPending}
                className={buttonClass("secondary", "sm")}
                onClick={() => respond.mutate({ invitationId: invitation.id, accept: false })}
              >
                {t("invitations.decline")}
              </button>
            </div>
          </div>
        </Alert>
      ))}
    </section>
  );
}
