"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { bothQueries, type QueryLike } from "@/components/ui/query-view";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useTRPC } from "@/trpc/react";
import { useRefreshTasks } from "../tasks/use-refresh-tasks";
import type { EventDepartment } from "../types";
import type { AssignmentResult } from "./assign-department-dialog";
import { type DepartmentGroupData, departmentGroups } from "./department-groups";

/**
 * The data behind an event's tasks section: its departments with their tasks, grouped (department
 * users get only their own departments), the templates each assignment uses now, taking a
 * department off the event (asked first), and the outcome of the last assignment change to report.
 */
export function useEventTasks(eventId: string) {
  const trpc = useTRPC();
  const refresh = useRefreshTasks();
  const { can, userId } = useCapabilities();
  const assigned = useQuery(trpc.departments.forEvent.queryOptions({ eventId }));
  const tasks = useQuery(trpc.tasks.list.queryOptions({ eventId, limit: 200 }));
  const departments = useQuery(trpc.departments.list.queryOptions());
  const [result, setResult] = useState<AssignmentResult | null>(null);
  const [removing, setRemoving] = useState<EventDepartment | null>(null);
  const remove = useMutation(
    trpc.departments.removeFromEvent.mutationOptions({
      onSuccess: (outcome) => {
        setResult({ created: 0, ...outcome });
        setRemoving(null);
        return refresh();
      },
    }),
  );

  const own = can("tasks.seeAll")
    ? null
    : (departments.data ?? []).filter((department) =>
        department.members.some((member) => member.userId === userId),
      );
  const loaded = bothQueries(assigned, tasks);
  const groups: QueryLike<DepartmentGroupData[]> = {
    ...loaded,
    data: loaded.data && departmentGroups(loaded.data[0], loaded.data[1].items, own),
  };

  return {
    groups,
    /** Departments already on the event, not offered again. */
    taken: (assigned.data ?? []).map((department) => department.departmentId),
    /** The templates that have a live task on the event for this department. */
    liveTemplates: (departmentId: string) =>
      (tasks.data?.items ?? [])
        .filter(
          (task) => task.departmentId === departmentId && task.templateId && task.status !== "cancelled",
        )
        .map((task) => task.templateId as string),
    result,
    setResult,
    remove: {
      /** The assignment the reader is asked about; null when not asking. */
      asking: removing,
      ask: (department: EventDepartment) => {
        remove.reset();
        setRemoving(department);
      },
      cancel: () => setRemoving(null),
      confirm: () => removing && remove.mutate({ eventId, departmentId: removing.departmentId }),
      pending: remove.isPending,
      error: remove.error,
    },
  };
}
