"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { buttonClass } from "@/components/ui/button";
import { localized } from "@/lib/bilingual";
import { PriorityBadge } from "../priority-badge";
import type { TaskTemplate } from "../types";
import { useDueText } from "./use-due-text";

/** One template: its title, when its task is due, its priority and what it waits for. */
export function TemplateRow({
  template,
  siblings,
  onEdit,
  onDelete,
}: {
  template: TaskTemplate;
  siblings: TaskTemplate[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("templates");
  const locale = useLocale();
  const format = useFormatter();
  const dueText = useDueText();
  const title = localized(template.titleEn, template.titleAr, locale)?.text ?? "";
  const prerequisites = siblings
    .filter((sibling) => template.prerequisiteIds.includes(sibling.id))
    .map((sibling) => localized(sibling.titleEn, sibling.titleAr, locale)?.text ?? "");
  return (
    <li data-testid="template-row" className="flex flex-wrap items-start justify-between gap-4 py-4">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <BilingualText
            as="p"
            en={template.titleEn}
            ar={template.titleAr}
            className="font-medium text-slate-900"
          />
          <PriorityBadge priority={template.priority} />
        </div>
        <p className="text-sm text-slate-600">{dueText(template.dueAnchor, template.dueOffsetMinutes)}</p>
        {prerequisites.length > 0 && (
          <p className="text-sm text-slate-600">{t("after", { names: format.list(prerequisites) })}</p>
        )}
        <BilingualText
          as="p"
          en={template.descriptionEn}
          ar={template.descriptionAr}
          className="line-clamp-2 text-sm text-slate-500"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass("secondary", "sm")} onClick={onEdit}>
          {t("edit")}
          <span className="sr-only"> {title}</span>
        </button>
        <button type="button" className={buttonClass("danger", "sm")} onClick={onDelete}>
          {t("delete")}
          <span className="sr-only"> {title}</span>
        </button>
      </div>
    </li>
  );
}
