"use client";

import type { EmailStatus } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { queued: "amber", sent: "green", failed: "red", captured: "blue" } as const;

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const t = useTranslations("mailbox.statuses");
  return (
    <Badge tone={tones[status]} data-testid="email-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
