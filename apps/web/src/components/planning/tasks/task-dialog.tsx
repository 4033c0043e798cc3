"use client";

import { useMutation } from "@tanstack/react-query";
import { useTimeZone, useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import type { TaskDetail } from "../types";
import { TaskForm } from "./task-form";
import { changedTaskFields, newTaskValues, taskInput, taskValuesOf } from "./task-values";
import { useRefreshTasks } from "./use-refresh-tasks";

/** Adds a task to a department's part of an event by hand (without `task`), or edits one. */
export function TaskDialog({
  open,
  eventId,
  departmentId,
  task,
  onClose,
}: {
  open: boolean;
  eventId: string;
  departmentId: string;
  task: TaskDetail | null;
  onClose: () => void;
}) {
  const t = useTranslations("tasks");
  const timeZone = useTimeZone() ?? "Asia/Dubai";
  const trpc = useTRPC();
  const refresh = useRefreshTasks();
  const options = {
    onSuccess: () => {
      onClose();
      return refresh();
    },
  };
  const create = useMutation(trpc.tasks.create.mutationOptions(options));
  const update = useMutation(trpc.tasks.update.mutationOptions(options));
  const mutation = task ? update : create;
  const initial = task ? taskValuesOf(task, timeZone) : newTaskValues;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={task ? t("editTitle") : t("newTitle")} size="lg">
      <TaskForm
        eventId={eventId}
        departmentId={departmentId}
        taskId={task?.id}
        currentAssignee={task?.assignee?.id ? { id: task.assignee.id, name: task.assignee.name ?? "" } : null}
        initial={initial}
        submitLabel={task ? t("save") : t("create")}
        pending={mutation.isPending}
        error={mutation.error}
        onCancel={close}
        onSubmit={(values) => {
          const input = taskInput(values, timeZone);
          if (!input) return false;
          if (!task) create.mutate({ eventId, departmentId, ...input });
          else {
            const before = taskInput(initial, timeZone);
            const changes = before ? changedTaskFields(before, input) : input;
            if (Object.keys(changes).length === 0) close();
            else update.mutate({ id: task.id, ...changes });
          }
          return true;
        }}
      />
    </Dialog>
  );
}
