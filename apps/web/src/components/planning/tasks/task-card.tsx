"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { BilingualText } from "@/components/events/bilingual-text";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { PriorityBadge } from "../priority-badge";
import type { TaskItem } from "../types";
import { TaskDetails } from "./task-details";
import { TaskStatusControl } from "./task-status-control";

/**
 * One task: title, status, due time (in the organisation's zone), assignee and priority, with its
 * details and comments folded underneath. Opens by itself when the page's address points at it
 * (`#task-<id>`, as notifications link).
 */
export function TaskCard({
  task,
  canWork,
  canManage,
  showContext,
}: {
  task: TaskItem;
  canWork: boolean;
  canManage: boolean;
  /** Also name the task's event and department (on the task lists, not on the event page). */
  showContext: boolean;
}) {
  const t = useTranslations("tasks");
  const format = useFormatter();
  const anchor = `task-${task.id}`;
  const detailsId = useId();
  const ref = useRef<HTMLLIElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (window.location.hash !== `#${anchor}`) return;
    setOpen(true);
    ref.current?.scrollIntoView({ block: "start" });
  }, [anchor]);

  const done = task.status === "completed" || task.status === "cancelled";
  return (
    <li
      ref={ref}
      id={anchor}
      data-testid="task-card"
      data-status={task.status}
      data-overdue={task.overdue || undefined}
      className={`scroll-mt-4 rounded-xl border bg-white ${task.overdue ? "border-red-300" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3 p-3 sm:p-4">
        <div className="min-w-0 flex-[1_1_16rem] space-y-1">
          <div className="flex flex-wrap items-center gap-2" data-testid="task-heading">
            <BilingualText
              as="p"
              en={task.titleEn}
              ar={task.titleAr}
              className={`font-medium text-slate-900 ${task.status === "cancelled" ? "line-through" : ""}`}
            />
            <PriorityBadge priority={task.priority} />
            {task.overdue && (
              <Badge tone="red" data-testid="task-overdue">
                {t("overdue")}
              </Badge>
            )}
          </div>
          {showContext && (
            <p className="text-sm text-slate-600">
              <Link
                href={`/events/${task.event.id}#${anchor}`}
                className="font-medium text-brand-700 hover:underline"
              >
                <BilingualText en={task.event.titleEn} ar={task.event.titleAr} />
              </Link>
              <span aria-hidden> · </span>
              <BilingualText en={task.department.nameEn} ar={task.department.nameAr} />
            </p>
          )}
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
            <span className={task.overdue ? "font-medium text-red-700" : ""}>
              {task.dueAt
                ? t(done ? "wasDue" : "due", { date: format.dateTime(task.dueAt, "dateTime") })
                : t("noDue")}
            </span>
            <span>
              {task.assignee?.name ? t("assignedTo", { name: task.assignee.name }) : t("unassigned")}
            </span>
          </p>
        </div>
        <div className="flex items-start gap-2">
          <TaskStatusControl task={task} canWork={canWork} canManage={canManage} />
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
            className="rounded-lg px-2 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {open ? t("hideDetails") : t("showDetails")}
          </button>
        </div>
      </div>
      <div id={detailsId} hidden={!open} className="border-t border-slate-100">
        {open && <TaskDetails taskId={task.id} />}
      </div>
    </li>
  );
}
