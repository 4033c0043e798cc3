"use client";

import type { ScrapedEventState } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { new: "blue", changed: "amber", unchanged: "slate", gone: "red" } as const;

export function StagedStateBadge({ state }: { state: ScrapedEventState }) {
  const t = useTranslations("sources.review.states");
  return (
    <Badge tone={tones[state]} data-testid="staged-state" data-state={state}>
      {t(state)}
    </Badge>
  );
}
