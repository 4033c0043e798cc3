"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

export interface Notice {
  tone: "success" | "error" | "info";
  text: ReactNode;
}

/** The outcome of the last action on the calendar, until dismissed or replaced. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const t = useTranslations("dialog");
  if (!notice) return null;
  return (
    <div className="mb-4" data-testid="calendar-notice">
      <Alert tone={notice.tone}>
        <div className="flex items-start justify-between gap-3">
          <div>{notice.text}</div>
          <button type="button" onClick={onDismiss} className="shrink-0 text-xs font-medium underline">
            {t("dismiss")}
          </button>
        </div>
      </Alert>
    </div>
  );
}
