"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import { taskStatuses } from "../choices";
import type { TaskFilterState } from "./task-filters-url";

/** Department, status, overdue and due-this-week; every change goes to the address. */
export function TaskFilters({
  state,
  onChange,
}: {
  state: TaskFilterState;
  onChange: (state: TaskFilterState) => void;
}) {
  const t = useTranslations("tasks.filters");
  const tStatus = useTranslations("tasks.statuses");
  const locale = useLocale();
  const trpc = useTRPC();
  const departments = useQuery(trpc.departments.list.queryOptions());
  // Any change but the page's own starts again at the first page.
  const change = (next: Partial<TaskFilterState>) => onChange({ ...state, ...next, page: 1 });
  const active = state.department || state.status || state.overdue || state.week;
  return (
    <search className="mb-4 flex flex-wrap items-end gap-x-4 gap-y-3" aria-label={t("label")}>
      <div className="w-full sm:w-56">
        <SelectField
          id="task-filter-department"
          label={t("department")}
          value={state.department}
          emptyLabel={t("allDepartments")}
          options={(departments.data ?? []).map((department) => ({
            value: department.id,
            label: locale === "ar" ? department.nameAr : department.nameEn,
          }))}
          onChange={(department) => change({ department })}
        />
      </div>
      <div className="w-full sm:w-48">
        <SelectField
          id="task-filter-status"
          label={t("status")}
          value={state.status}
          emptyLabel={t("allStatuses")}
          options={taskStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
          onChange={(status) => change({ status: status as TaskFilterState["status"] })}
        />
      </div>
      <label className="inline-flex items-center gap-2 py-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          checked={state.overdue}
          onChange={(event) => change({ overdue: event.target.checked })}
          className="size-4 rounded border-slate-300 accent-brand-700"
        />
        {t("overdue")}
      </label>
      <label className="inline-flex items-center gap-2 py-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          checked={state.week}
          onChange={(event) => change({ week: event.target.checked })}
          className="size-4 rounded border-slate-300 accent-brand-700"
        />
        {t("thisWeek")}
      </label>
      {active && (
        <button
          type="button"
          className="py-2 text-sm font-medium text-brand-700 hover:underline"
          onClick={() => onChange({ department: "", status: "", overdue: false, week: false, page: 1 })}
        >
          {t("clear")}
        </button>
      )}
    </search>
  );
}
