"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

/**
 * The member's own feed: created or replaced on request, its address shown once (only a hash is
 * kept), and turned off at any time.
 */
export function PrivateFeed() {
  const t = useTranslations("feeds");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const status = useQuery(trpc.calendarFeeds.status.queryOptions());
  const [issued, setIssued] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.calendarFeeds.status.queryFilter());
  const rotate = useMutation(
    trpc.calendarFeeds.rotate.mutationOptions({
      onSuccess: ({ path }) => {
        setIssued(new URL(path, window.location.origin).toString());
        return refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendarFeeds.revoke.mutationOptions({
      onSuccess: () => {
        setIssued(null);
        return refresh();
      },
    }),
  );
  const failure = rotate.error ?? revoke.error ?? status.error;
  const active = status.data?.active ?? false;

  return (
    <div className="space-y-3" data-testid="private-feed">
      <p className="text-sm text-slate-600">{t("privateBody")}</p>
      {status.isPending ? null : active && status.data?.createdAt ? (
        <p className="text-sm font-medium text-slate-800">
          {t("activeSince", { date: format.dateTime(status.data.createdAt, "dateTime") })}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("inactive")}</p>
      )}
      {issued && (
        <Alert tone="success">
          <p className="mb-2">{t("shownOnce")}</p>
          <CopyField label={t("privateUrl")} value={issued} testId="private-feed-url" />
        </Alert>
      )}
      {failure && <Alert tone="error">{errorMessage(failure)}</Alert>}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass(active ? "secondary" : "primary", "sm")}
          disabled={rotate.isPending}
          onClick={() => rotate.mutate()}
        >
          {active ? t("rotate") : t("create")}
        </button>
        {active && (
          <button
            type="button"
            className={buttonClass("danger", "sm")}
            disabled={revoke.isPending}
            onClick={() => revoke.mutate()}
          >
            {t("revoke")}
          </button>
        )}
      </div>
      {active && <p className="text-xs text-slate-500">{t("rotateHint")}</p>}
    </div>
  );
}
