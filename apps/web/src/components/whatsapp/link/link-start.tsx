"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { useErrorMessage } from "@/trpc/use-error-message";
import { PairingForm } from "./pairing-form";
import { useLinkSession } from "./use-link-session";

/** The two ways to link: scan a QR code, or type a pairing code on the phone. */
export function LinkStart({ sessionId }: { sessionId: string }) {
  const t = useTranslations("whatsapp.link");
  const errorMessage = useErrorMessage();
  const link = useLinkSession();
  const [pairing, setPairing] = useState(false);
  return (
    <div className="space-y-3">
      <div>
        <h3 className="font-medium text-slate-900">{t("title")}</h3>
        <p className="mt-0.5 text-sm text-slate-600">{t("hint")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass("primary", "sm")}
          disabled={link.isPending}
          onClick={() => link.mutate({ sessionId, method: "qr" })}
        >
          {t("withQr")}
        </button>
        {!pairing && (
          <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setPairing(true)}>
            {t("withCode")}
          </button>
        )}
      </div>
      {link.isError && <Alert tone="error">{errorMessage(link.error)}</Alert>}
      {pairing && <PairingForm sessionId={sessionId} />}
    </div>
  );
}
