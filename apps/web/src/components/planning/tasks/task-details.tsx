"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BilingualText } from "@/components/events/bilingual-text";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { QueryView } from "@/components/ui/query-view";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { TaskStatusBadge } from "../task-status-badge";
import type { TaskDetail } from "../types";
import { TaskComments } from "./task-comments";
import { TaskDialog } from "./task-dialog";
import { useRefreshTasks } from "./use-refresh-tasks";

/** What a task waits for and what waits for it, its description, comments and, for managers, edit and delete. */
export function TaskDetails({ taskId }: { taskId: string }) {
  const t = useTranslations("tasks");
  const trpc = useTRPC();
  const task = useQuery(trpc.tasks.get.queryOptions({ id: taskId }));
  return (
    <QueryView query={task} loadFailed={t("detailsFailed")}>
      {(data) => <Details task={data} />}
    </QueryView>
  );
}

function Details({ task }: { task: TaskDetail }) {
  const t = useTranslations("tasks");
  const trpc = useTRPC();
  const refresh = useRefreshTasks();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation(
    trpc.tasks.delete.mutationOptions({
      onSuccess: () => {
        setDeleting(false);
        return refresh();
      },
    }),
  );
  return (
    <div className="space-y-4 p-3 sm:p-4">
      <BilingualText
        as="p"
        en={task.descriptionEn}
        ar={task.descriptionAr}
        missing={t("noDescription")}
        className="text-sm text-slate-700"
      />
      {task.status === "waiting" && <Alert tone="info">{t("waitingExplained")}</Alert>}
      <LinkedTasks title={t("waitsFor")} eventId={task.eventId} tasks={task.prerequisites} />
      <LinkedTasks title={t("neededFor")} eventId={task.eventId} tasks={task.dependents} />
      <TaskComments task={task} />
      {task.canManage && (
        <div className="flex flex-wrap justify-end gap-2 border-t border-slate-100 pt-3">
          <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
          <button
            type="button"
            className={buttonClass("danger", "sm")}
            onClick={() => {
              remove.reset();
              setDeleting(true);
            }}
          >
            {t("delete")}
          </button>
        </div>
      )}
      {task.canManage && (
        <>
          <TaskDialog
            open={editing}
            eventId={task.eventId}
            departmentId={task.departmentId}
            task={task}
            onClose={() => setEditing(false)}
          />
          <ConfirmDialog
            open={deleting}
            title={t("deleteTitle")}
            body={t("deleteBody")}
            confirmLabel={t("deleteConfirm")}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate({ id: task.id })}
            onClose={() => setDeleting(false)}
          />
        </>
      )}
    </div>
  );
}

function LinkedTasks({
  title,
  eventId,
  tasks,
}: {
  title: string;
  eventId: string;
  tasks: TaskDetail["prerequisites"];
}) {
  const t = useTranslations("tasks");
  if (tasks.length === 0) return null;
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      <ul className="mt-1 space-y-1">
        {tasks.map((linked, index) => (
          <li
            key={linked.otherDepartment ? `other-${index}` : linked.id}
            className="flex flex-wrap items-center gap-2 text-sm"
          >
            {linked.otherDepartment ? (
              <span className="text-slate-500 italic">{t("otherDepartmentTask")}</span>
            ) : (
              <Link href={`/events/${eventId}#task-${linked.id}`} className="text-slate-800 hover:underline">
                <BilingualText en={linked.titleEn} ar={linked.titleAr} />
              </Link>
            )}
            <TaskStatusBadge status={linked.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
