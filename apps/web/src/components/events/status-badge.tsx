"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { draft: "amber", published: "green", cancelled: "red" } as const;

export function StatusBadge({ status }: { status: keyof typeof tones }) {
  const t = useTranslations("event.statuses");
  return (
    <Badge tone={tones[status]} data-testid="event-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
