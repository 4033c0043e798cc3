"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/trpc/react";
import type { WaSessionView } from "./types";

/**
 * Deletes a session. One that was never linked goes at once; a linked one is logged out by its
 * worker first, and leaves the page when the worker reports it gone.
 */
export function DeleteSessionButton({ session }: { session: Pick<WaSessionView, "id" | "name"> }) {
  const t = useTranslations("whatsapp.delete");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.whatsapp.sessions.delete.mutationOptions({
      onSuccess: (result) => {
        setOpen(false);
        if (result.deleted)
          queryClient.setQueryData(trpc.whatsapp.sessions.list.queryKey(), (list) =>
            list?.filter((item) => item.id !== session.id),
          );
      },
    }),
  );
  return (
    <>
      <button
        type="button"
        className={buttonClass("danger", "sm")}
        disabled={remove.data?.queued}
        onClick={() => setOpen(true)}
      >
        {remove.data?.queued ? t("pending") : t("button")}
      </button>
      <ConfirmDialog
        open={open}
        title={t("title", { name: session.name })}
        body={t("body")}
        confirmLabel={t("confirm")}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate({ sessionId: session.id })}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
