"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormActions } from "@/components/ui/form-actions";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useRefreshStaged } from "./use-refresh-staged";

/** Ignores a staged event: it keeps its versions but leaves the review list. */
export function IgnoreDialog({ stagedId }: { stagedId: string }) {
  const t = useTranslations("sources.staged");
  const trpc = useTRPC();
  const refresh = useRefreshStaged(stagedId);
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const ignore = useMutation(
    trpc.sources.ignore.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await refresh();
      },
    }),
  );
  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(true)}>
        {t("ignore")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("ignoreTitle")}>
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{t("ignoreBody")}</p>
          <FormActions
            cancelLabel={t("cancel")}
            submitLabel={t("ignore")}
            pendingLabel={t("ignoring")}
            pending={ignore.isPending}
            error={ignore.error ? errorMessage(ignore.error) : undefined}
            onCancel={() => setOpen(false)}
            onSubmit={() => ignore.mutate({ id: stagedId })}
          />
        </div>
      </Dialog>
    </>
  );
}
