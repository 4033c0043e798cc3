"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { WaSessionView } from "../types";
import { LinkStart } from "./link-start";
import { PairingCode } from "./pairing-code";
import { QrCode } from "./qr-code";

/**
 * Linking a number that is not connected: the live QR or pairing code while WhatsApp waits for the
 * phone, "connecting" in between, and the ways to start otherwise.
 */
export function LinkPanel({ session }: { session: WaSessionView }) {
  const t = useTranslations("whatsapp.link");
  let body: ReactNode;
  if (session.status === "qr_required" && session.qr)
    body = <QrCode sessionId={session.id} qr={session.qr} expiresAt={session.qrExpiresAt} />;
  else if (session.status === "pairing" && session.pairingCode)
    body = <PairingCode code={session.pairingCode} />;
  else if (
    session.status === "connecting" ||
    session.status === "qr_required" ||
    session.status === "pairing"
  )
    body = (
      <p role="status" className="flex items-center gap-3 text-sm text-slate-600">
        <span
          aria-hidden
          className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
        />
        {t("connecting")}
      </p>
    );
  else body = <LinkStart sessionId={session.id} />;
  return (
    <section aria-label={t("title")} className="rounded-lg border border-slate-200 bg-slate-50/60 p-4">
      {body}
    </section>
  );
}
