"use client";

import type { TaskDueAnchor } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { useDurationWords } from "../use-duration-words";

/** "2 days before the start", "At the end": when a template's task is due. */
export function useDueText(): (anchor: TaskDueAnchor, offsetMinutes: number) => string {
  const t = useTranslations("templates.due");
  const words = useDurationWords();
  return (anchor, offsetMinutes) => {
    if (offsetMinutes === 0) return anchor === "start" ? t("atStart") : t("atEnd");
    const span = words(offsetMinutes);
    if (offsetMinutes < 0) return anchor === "start" ? t("beforeStart", { span }) : t("beforeEnd", { span });
    return anchor === "start" ? t("afterStart", { span }) : t("afterEnd", { span });
  };
}
