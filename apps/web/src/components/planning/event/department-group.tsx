"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BilingualText } from "@/components/events/bilingual-text";
import { TaskCard } from "../tasks/task-card";
import type { TaskItem } from "../types";

/** One department's part in the event: its tasks, with the managers' actions in the header. */
export function DepartmentGroup({
  name,
  assigned,
  tasks,
  canWork,
  canManage,
  actions,
}: {
  name: { en: string; ar: string };
  /** False for a department taken off the event whose worked-on tasks were kept. */
  assigned: boolean;
  tasks: TaskItem[];
  canWork: boolean;
  canManage: boolean;
  actions?: ReactNode;
}) {
  const t = useTranslations("planning.section");
  const done = tasks.filter((task) => task.status === "completed").length;
  const open = tasks.filter((task) => task.status !== "cancelled").length;
  return (
    <section data-testid="department-group" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <BilingualText as="h3" en={name.en} ar={name.ar} className="font-semibold text-slate-900" />
          <p className="text-xs text-slate-500">
            {assigned ? t("progress", { done, total: open }) : t("noLongerAssigned")}
          </p>
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {tasks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-3 py-4 text-center text-sm text-slate-500">
          {t("noTasks")}
        </p>
      ) : (
        <ul className="space-y-2">
          {tasks.map((task) => (
            <TaskCard key={task.id} task={task} canWork={canWork} canManage={canManage} showContext={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
