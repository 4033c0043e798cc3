"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { PriorityBadge } from "@/components/planning/priority-badge";
import { TaskStatusBadge } from "@/components/planning/task-status-badge";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { DashboardSection, SectionLink } from "./dashboard-section";
import { liveQuery } from "./live-options";

/** My open tasks, overdue first; each links to its place on its event's page. */
export function MyTasksSection() {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const tasks = useQuery(trpc.dashboard.myTasks.queryOptions(undefined, liveQuery));
  return (
    <DashboardSection
      testId="dashboard-my-tasks"
      title={t("home.myTasks.title")}
      actions={
        <span className="flex items-center gap-3">
          {!!tasks.data?.overdueTotal && (
            <Link href="/tasks/mine?overdue=1" data-testid="my-overdue-count">
              <Badge tone="red">{t("home.myTasks.overdueCount", { count: tasks.data.overdueTotal })}</Badge>
            </Link>
          )}
          <SectionLink href="/tasks/mine">{t("home.myTasks.all")}</SectionLink>
        </span>
      }
      query={tasks}
      isEmpty={(data) => data.total === 0}
      empty={{
        title: t("home.myTasks.empty"),
        body: t("home.myTasks.emptyBody"),
        action: { href: "/tasks/mine", label: t("home.myTasks.emptyAction") },
      }}
    >
      {(data) => (
        <ul className="divide-y divide-slate-100">
          {data.items.map((task) => (
            <li
              key={task.id}
              className="space-y-1 py-2"
              data-testid="dashboard-task"
              data-overdue={task.overdue || undefined}
            >
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/events/${task.event.id}#task-${task.id}`}
                  className="font-medium text-slate-900 hover:underline"
                >
                  <BilingualText en={task.titleEn} ar={task.titleAr} />
                </Link>
                <TaskStatusBadge status={task.status} />
                <PriorityBadge priority={task.priority} />
                {task.overdue && <Badge tone="red">{t("tasks.overdue")}</Badge>}
              </div>
              <p className="text-sm text-slate-600">
                <span className={task.overdue ? "font-medium text-red-700" : ""}>
                  {task.dueAt
                    ? t("tasks.due", { date: format.dateTime(task.dueAt, "dateTime") })
                    : t("tasks.noDue")}
                </span>
                <span aria-hidden> · </span>
                <BilingualText en={task.event.titleEn} ar={task.event.titleAr} />
                <span aria-hidden> · </span>
                <BilingualText en={task.department.nameEn} ar={task.department.nameAr} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
