"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { LoadingState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { useDueText } from "../templates/use-due-text";

/** The department's task templates to make tasks from; `selected` null means all of them. */
export function TemplatePicker({
  departmentId,
  selected,
  onChange,
}: {
  departmentId: string;
  selected: string[] | null;
  onChange: (selected: string[]) => void;
}) {
  const t = useTranslations("planning.assign");
  const trpc = useTRPC();
  const dueText = useDueText();
  const templates = useQuery(trpc.taskTemplates.list.queryOptions({ departmentId }));
  if (templates.isPending) return <LoadingState />;
  const all = (templates.data ?? []).map((template) => template.id);
  return (
    <CheckboxList
      legend={t("templates")}
      hint={t("templatesHint")}
      options={(templates.data ?? []).map((template) => ({
        value: template.id,
        label: <BilingualText en={template.titleEn} ar={template.titleAr} />,
        hint: dueText(template.dueAnchor, template.dueOffsetMinutes),
      }))}
      selected={selected ?? all}
      empty={templates.isError ? t("templatesFailed") : t("noTemplates")}
      onChange={onChange}
    />
  );
}
