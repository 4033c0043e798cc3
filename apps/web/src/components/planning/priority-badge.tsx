"use client";

import type { TaskPriority } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { low: "slate", normal: "slate", high: "amber", urgent: "red" } as const;

/** Shown for every priority but normal, which is the usual case and needs no flag. */
export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const t = useTranslations("tasks.priorities");
  if (priority === "normal") return null;
  return <Badge tone={tones[priority]}>{t(priority)}</Badge>;
}
