"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BilingualText } from "@/components/events/bilingual-text";
import { taskFilterQuery } from "@/components/planning/tasks/task-filters-url";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { DashboardSection } from "./dashboard-section";
import { liveQuery } from "./live-options";
import { OccurrenceList } from "./occurrence-item";

/** The tasks page filtered to one department's overdue tasks. */
const overdueTasksHref = (departmentId: string) =>
  `/tasks?${new URLSearchParams(
    taskFilterQuery({ department: departmentId, status: "", overdue: true, week: false, page: 1 }),
  )}`;

/** How many overdue tasks each department has, each linking to that list. */
export function OverdueByDepartmentSection() {
  const t = useTranslations("home.overdue");
  const trpc = useTRPC();
  const overdue = useQuery(trpc.dashboard.overdueByDepartment.queryOptions(undefined, liveQuery));
  return (
    <DashboardSection
      testId="dashboard-overdue-departments"
      title={t("title")}
      query={overdue}
      isEmpty={(data) => data.length === 0}
      empty={{ title: t("empty"), body: t("emptyBody") }}
    >
      {(data) => (
        <ul className="divide-y divide-slate-100">
          {data.map((row) => (
            <li key={row.departmentId} className="py-2" data-testid="overdue-department">
              <Link
                href={overdueTasksHref(row.departmentId)}
                className="flex items-center justify-between gap-3 hover:underline"
              >
                <BilingualText en={row.nameEn} ar={row.nameAr} className="font-medium text-slate-900" />
                <Badge tone="red" data-testid="overdue-count">
                  {t("count", { count: row.overdue })}
                </Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

/** Events of the next 30 days that no department plans yet, each linking to its page. */
export function UnassignedEventsSection({ timeZone }: { timeZone: string }) {
  const t = useTranslations("home.unassigned");
  const trpc = useTRPC();
  const unassigned = useQuery(trpc.dashboard.unassignedEvents.queryOptions(undefined, liveQuery));
  return (
    <DashboardSection
      testId="dashboard-unassigned-events"
      title={t("title")}
      query={unassigned}
      isEmpty={(data) => data.total === 0}
      empty={{ title: t("empty"), body: t("emptyBody") }}
    >
      {(data) => (
        <>
          <OccurrenceList items={data.items} timeZone={timeZone} withDay />
          {data.total > data.items.length && (
            <p className="pt-2 text-sm text-slate-600">
              {t("more", { count: data.total - data.items.length })}
            </p>
          )}
        </>
      )}
    </DashboardSection>
  );
}
