"use client";

import { useMutation } from "@tanstack/react-query";
import type { WaSimulatorAction } from "@taqweem/jobs";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { SimulateReply } from "./simulate-reply";
import type { WaSessionView } from "./types";

/** What the phone or WhatsApp's servers would do, offered for the state the session is in. */
function actionsFor(status: WaSessionView["status"]): WaSimulatorAction[] {
  if (status === "qr_required" || status === "pairing") return ["scan"];
  if (status === "connected") return ["drop", "logout", "ban", "restrict"];
  return [];
}

/** Buttons that play the phone's and WhatsApp's part for a session on the simulator. */
export function SimulatorControls({ session }: { session: WaSessionView }) {
  const t = useTranslations("whatsapp.simulator");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const simulate = useMutation(trpc.whatsapp.sessions.simulate.mutationOptions());
  const actions = actionsFor(session.status);
  if (actions.length === 0) return null;
  return (
    <section
      aria-label={t("controls")}
      className="rounded-lg border border-dashed border-sky-300 bg-sky-50/60 p-4"
      data-testid="simulator-controls"
    >
      <h3 className="text-sm font-medium text-sky-900">{t("controls")}</h3>
      <p className="mt-0.5 text-xs text-sky-800">{t("controlsHint")}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={buttonClass(action === "scan" ? "primary" : "secondary", "sm")}
            disabled={simulate.isPending}
            onClick={() => simulate.mutate({ sessionId: session.id, action })}
          >
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
      <div aria-live="polite" className="mt-3 empty:hidden">
        {simulate.isError && <Alert tone="error">{errorMessage(simulate.error)}</Alert>}
        {simulate.isSuccess && <p className="text-xs text-sky-900">{t("done")}</p>}
      </div>
      {session.status === "connected" && <SimulateReply sessionId={session.id} />}
    </section>
  );
}
