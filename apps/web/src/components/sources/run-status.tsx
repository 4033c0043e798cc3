"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RunStatus } from "./types";

const tones = {
  queued: "slate",
  running: "blue",
  succeeded: "green",
  failed: "red",
  suspect: "amber",
  refused: "red",
} as const satisfies Record<RunStatus, string>;

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const t = useTranslations("sources.runStatuses");
  return (
    <Badge tone={tones[status]} dot={status === "running"} data-testid="run-status" data-state={status}>
      {t(status)}
    </Badge>
  );
}
