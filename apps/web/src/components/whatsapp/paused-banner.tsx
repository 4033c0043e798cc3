"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { WaSessionView } from "./types";
import { useSessionErrorText } from "./use-code-text";
import { useRereadSessions } from "./use-reread-sessions";

/**
 * Sending stopped by the worker on signs of restriction: why, that nothing is lost, and either
 * when it resumes by itself or a way for an admin to resume it.
 */
export function PausedBanner({ session }: { session: WaSessionView }) {
  const t = useTranslations("whatsapp.paused");
  const format = useFormatter();
  const reasonText = useSessionErrorText();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const rereadSessions = useRereadSessions();
  const resume = useMutation(
    trpc.whatsapp.sessions.resumeSending.mutationOptions({ onSuccess: rereadSessions }),
  );
  return (
    <div data-testid="sending-paused">
      <Alert tone="error">
        <p className="font-semibold">{t("title")}</p>
        <p className="mt-1">{reasonText(session.sendingPausedReason!)}</p>
        <p className="mt-1">{t("waiting", { count: session.pendingCount })}</p>
        {session.sendingResumeAt ? (
          <p className="mt-1">
            {t("resumesAt", { at: format.dateTime(session.sendingResumeAt, "dateTime") })}
          </p>
        ) : (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              disabled={resume.isPending}
              onClick={() => resume.mutate({ sessionId: session.id })}
            >
              {t("resume")}
            </button>
            <span className="text-xs">{t("resumeHint")}</span>
          </div>
        )}
        {resume.isError && <p className="mt-2">{errorMessage(resume.error)}</p>}
      </Alert>
    </div>
  );
}
