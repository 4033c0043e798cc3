"use client";

import type { TaskStatus } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = {
  pending: "slate",
  waiting: "amber",
  in_progress: "blue",
  completed: "green",
  cancelled: "slate",
} as const;

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const t = useTranslations("tasks.statuses");
  return (
    <Badge tone={tones[status]} dot={status === "in_progress"} data-testid="task-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
