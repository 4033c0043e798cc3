"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { useTickingNow } from "@/hooks/use-ticking-now";
import { PairingForm } from "./pairing-form";

/**
 * The QR the phone scans, replaced live by each new one the worker receives, with how long it
 * stays valid. Someone without a camera at hand can switch to a pairing code.
 */
export function QrCode({
  sessionId,
  qr,
  expiresAt,
}: {
  sessionId: string;
  qr: string;
  expiresAt: Date | null;
}) {
  const t = useTranslations("whatsapp.link");
  const now = useTickingNow();
  const [pairing, setPairing] = useState(false);
  const seconds =
    expiresAt && now !== null ? Math.max(0, Math.ceil((expiresAt.getTime() - now) / 1000)) : null;
  const expired = seconds === 0;
  return (
    <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
      <div className="relative shrink-0 self-center rounded-xl bg-white p-2 ring-1 ring-slate-200 sm:self-start">
        {/* biome-ignore lint/performance/noImgElement: a data URL pushed live, nothing for the image optimiser to fetch */}
        <img
          key={qr}
          src={qr}
          alt={t("qrAlt")}
          width={224}
          height={224}
          data-testid="wa-qr"
          className={`size-56 [image-rendering:pixelated] ${expired ? "opacity-20" : ""}`}
        />
        {expired && (
          <p className="absolute inset-0 grid place-items-center p-6 text-center text-sm font-medium text-slate-700">
            {t("qrExpired")}
          </p>
        )}
      </div>
      <div className="min-w-0 space-y-3 text-sm text-slate-700">
        <h3 className="text-base font-medium text-slate-900">{t("qrTitle")}</h3>
        <ol className="list-decimal space-y-1 ps-5">
          <li>{t("steps.open")}</li>
          <li>{t("steps.linkedDevices")}</li>
          <li>{t("steps.scan")}</li>
        </ol>
        {seconds !== null && !expired && (
          <p data-testid="qr-countdown" className="font-medium text-slate-900">
            {t("qrExpiresIn", { seconds })}
          </p>
        )}
        <p className="text-slate-500">{t("qrRenews")}</p>
        {pairing ? (
          <PairingForm sessionId={sessionId} />
        ) : (
          <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setPairing(true)}>
            {t("withCode")}
          </button>
        )}
      </div>
    </div>
  );
}
