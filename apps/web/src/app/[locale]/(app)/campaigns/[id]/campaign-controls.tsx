"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

type Campaign = inferRouterOutputs<AppRouter>["campaigns"]["get"];

/** Start (or confirm a missed schedule), pause, resume, retry the failed, cancel: what the state allows. */
export function CampaignControls({ campaign }: { campaign: Campaign }) {
  const t = useTranslations("campaigns.controls");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries({
      predicate: (query) => (query.queryKey[0] as string[])?.[0] === "campaigns",
    });
  const options = { onSuccess: refresh };
  const start = useMutation(trpc.campaigns.start.mutationOptions(options));
  const pause = useMutation(trpc.campaigns.pause.mutationOptions(options));
  const resume = useMutation(trpc.campaigns.resume.mutationOptions(options));
  const retry = useMutation(trpc.campaigns.retryFailed.mutationOptions(options));
  const cancel = useMutation(
    trpc.campaigns.cancel.mutationOptions({
      onSuccess: () => {
        setConfirmCancel(false);
        return refresh();
      },
    }),
  );
  const input = { campaignId: campaign.id };
  const failed = [start, pause, resume, retry].find((mutation) => mutation.isError);
  const open = ["draft", "scheduled", "running", "paused"].includes(campaign.state);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {(campaign.state === "draft" || campaign.state === "scheduled") && (
          <Link href={`/campaigns/${campaign.id}/edit`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
        )}
        {(campaign.state === "draft" || campaign.state === "scheduled") && (
          <button
            type="button"
            className={buttonClass()}
            disabled={start.isPending}
            onClick={() => start.mutate(input)}
          >
            {campaign.missedSchedule ? t("confirmStart") : t("start")}
          </button>
        )}
        {campaign.state === "running" && (
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={pause.isPending}
            onClick={() => pause.mutate(input)}
          >
            {t("pause")}
          </button>
        )}
        {campaign.state === "paused" && (
          <button
            type="button"
            className={buttonClass()}
            disabled={resume.isPending}
            onClick={() => resume.mutate(input)}
          >
            {t("resume")}
          </button>
        )}
        {["running", "paused", "completed"].includes(campaign.state) && (
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={retry.isPending}
            onClick={() => retry.mutate(input)}
          >
            {t("retryFailed")}
          </button>
        )}
        {open && (
          <button type="button" className={buttonClass("danger")} onClick={() => setConfirmCancel(true)}>
            {t("cancel")}
          </button>
        )}
      </div>
      {retry.data && <Alert tone="info">{t("retried", { count: retry.data.retried })}</Alert>}
      {failed && <Alert tone="error">{errorMessage(failed.error)}</Alert>}
      <ConfirmDialog
        open={confirmCancel}
        title={t("cancelTitle")}
        body={t("cancelBody")}
        confirmLabel={t("cancelConfirm")}
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={() => cancel.mutate(input)}
        onClose={() => setConfirmCancel(false)}
      />
    </div>
  );
}
