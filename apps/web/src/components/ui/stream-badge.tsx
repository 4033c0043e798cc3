"use client";

import { useTranslations } from "next-intl";
import type { StreamStatus } from "@/hooks/use-app-events";
import { Badge } from "./badge";

const tones = { open: "green", connecting: "amber", closed: "red" } as const;

/** Whether the page receives live updates right now. */
export function StreamBadge({ status }: { status: StreamStatus }) {
  const t = useTranslations("system.stream");
  return (
    <Badge tone={tones[status]} dot data-testid="stream-status" data-state={status}>
      {t(status)}
    </Badge>
  );
}
