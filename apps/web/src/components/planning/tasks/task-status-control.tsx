"use client";

import { useMutation } from "@tanstack/react-query";
import type { TaskStatus } from "@taqweem/db/schema";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/bilingual";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { settableStatuses } from "../choices";
import { TaskStatusBadge } from "../task-status-badge";
import type { TaskItem } from "../types";
import { useRefreshTasks } from "./use-refresh-tasks";

type Settable = (typeof settableStatuses)[number];

/**
 * The task's status as a choice for those who work on it, a badge for everyone else. A waiting
 * task cannot start or finish until its prerequisites are done; only managers cancel.
 */
export function TaskStatusControl({
  task,
  canWork,
  canManage,
}: {
  task: Pick<TaskItem, "id" | "status" | "titleEn" | "titleAr">;
  canWork: boolean;
  canManage: boolean;
}) {
  const t = useTranslations("tasks");
  const locale = useLocale();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshTasks();
  const setStatus = useMutation(trpc.tasks.setStatus.mutationOptions({ onSettled: refresh }));
  if (!canWork) return <TaskStatusBadge status={task.status} />;

  const waiting = task.status === "waiting";
  const shown: TaskStatus =
    setStatus.isPending && setStatus.variables ? setStatus.variables.status : task.status;
  const disabled = (status: Settable) =>
    (waiting && (status === "in_progress" || status === "completed")) ||
    (status === "cancelled" && !canManage);
  const title = localized(task.titleEn, task.titleAr, locale)?.text ?? "";
  return (
    <div className="flex flex-col items-end gap-1">
      <select
        aria-label={t("statusOf", { title })}
        value={shown}
        disabled={setStatus.isPending}
        onChange={(event) => setStatus.mutate({ id: task.id, status: event.target.value as Settable })}
        className="rounded-lg border border-slate-300 bg-white py-1.5 ps-2 pe-8 text-sm font-medium text-slate-800"
      >
        {waiting && (
          <option value="waiting" disabled>
            {t("statuses.waiting")}
          </option>
        )}
        {settableStatuses.map((status) => (
          <option key={status} value={status} disabled={disabled(status) && status !== task.status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </select>
      {setStatus.isError && (
        <p role="alert" className="max-w-60 text-end text-xs text-red-700">
          {errorMessage(setStatus.error)}
        </p>
      )}
    </div>
  );
}
