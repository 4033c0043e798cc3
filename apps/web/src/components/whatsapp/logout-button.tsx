"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/trpc/react";
import type { WaSessionView } from "./types";

/** Logs the number out on WhatsApp, after saying that the stored credentials go with it. */
export function LogoutButton({ session }: { session: Pick<WaSessionView, "id" | "name"> }) {
  const t = useTranslations("whatsapp.logout");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const logout = useMutation(
    trpc.whatsapp.sessions.logout.mutationOptions({ onSuccess: () => setOpen(false) }),
  );
  return (
    <>
      <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setOpen(true)}>
        {t("button")}
      </button>
      <ConfirmDialog
        open={open}
        title={t("title", { name: session.name })}
        body={
          <div className="space-y-2">
            <p>{t("body")}</p>
            <p>{t("queued")}</p>
          </div>
        }
        confirmLabel={t("confirm")}
        pending={logout.isPending}
        error={logout.error}
        onConfirm={() => logout.mutate({ sessionId: session.id })}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
