"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { TaskDialog } from "../tasks/task-dialog";
import { useRefreshTasks } from "../tasks/use-refresh-tasks";
import type { EventDepartment } from "../types";
import { AssignDepartmentDialog, type AssignmentResult } from "./assign-department-dialog";
import { DepartmentGroup } from "./department-group";
import { departmentGroups } from "./department-groups";

/**
 * The departments assigned to the event and their tasks. Editors and admins assign departments
 * (choosing the templates to make tasks from), change or remove them and add tasks by hand;
 * department users work on their own departments' tasks; viewers read.
 */
export function EventTasksSection({ eventId }: { eventId: string }) {
  const t = useTranslations("planning.section");
  const tDialog = useTranslations("dialog");
  const locale = useLocale();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshTasks();
  const { can, userId } = useCapabilities();
  const manages = can("tasks.manage");
  const works = can("tasks.work");
  const assigned = useQuery(trpc.departments.forEvent.queryOptions({ eventId }));
  const tasks = useQuery(trpc.tasks.list.queryOptions({ eventId, limit: 200 }));
  const departments = useQuery(trpc.departments.list.queryOptions());
  const [assigning, setAssigning] = useState<EventDepartment | "new" | null>(null);
  const [removing, setRemoving] = useState<EventDepartment | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [result, setResult] = useState<AssignmentResult | null>(null);
  const remove = useMutation(
    trpc.departments.removeFromEvent.mutationOptions({
      onSuccess: (outcome) => {
        setResult({ created: 0, ...outcome });
        setRemoving(null);
        return refresh();
      },
    }),
  );

  const nameOf = (department: EventDepartment) => (locale === "ar" ? department.nameAr : department.nameEn);
  const liveTemplates = (departmentId: string) =>
    (tasks.data?.items ?? [])
      .filter((task) => task.departmentId === departmentId && task.templateId && task.status !== "cancelled")
      .map((task) => task.templateId as string);

  let body: ReactNode;
  if (assigned.isPending || tasks.isPending) body = <LoadingState />;
  else if (assigned.isError || tasks.isError)
    body = (
      <ErrorState
        title={t("loadFailed")}
        body={errorMessage(assigned.error ?? tasks.error)}
        onRetry={() => Promise.all([assigned.refetch(), tasks.refetch()])}
      />
    );
  else {
    const own = !can("tasks.seeAll")
      ? (departments.data ?? []).filter((department) =>
          department.members.some((member) => member.userId === userId),
        )
      : null;
    const groups = departmentGroups(assigned.data, tasks.data.items, own);
    body =
      groups.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={manages ? t("emptyBodyManager") : t("emptyBody")} />
      ) : (
        <div className="space-y-8">
          {groups.map((group) => (
            <DepartmentGroup
              key={group.departmentId}
              name={group.name}
              assigned={group.assignment !== null}
              tasks={group.tasks}
              canWork={works}
              canManage={manages}
              actions={
                manages &&
                group.assignment && (
                  <GroupActions
                    name={nameOf(group.assignment)}
                    onAdd={() => setAdding(group.departmentId)}
                    onChange={() => setAssigning(group.assignment)}
                    onRemove={() => {
                      remove.reset();
                      setRemoving(group.assignment);
                    }}
                  />
                )
              }
            />
          ))}
        </div>
      );
  }

  return (
    <Card
      title={t("title")}
      actions={
        manages && (
          <button type="button" className={buttonClass("primary", "sm")} onClick={() => setAssigning("new")}>
            {t("assign")}
          </button>
        )
      }
    >
      {result && (
        <div className="mb-4">
          <Alert tone="success">
            <div className="flex items-start justify-between gap-3">
              <p>{resultText(t, result)}</p>
              <button
                type="button"
                className="shrink-0 text-xs font-medium underline"
                onClick={() => setResult(null)}
              >
                {tDialog("dismiss")}
              </button>
            </div>
          </Alert>
        </div>
      )}
      {body}
      {manages && (
        <>
          <AssignDepartmentDialog
            open={assigning !== null}
            eventId={eventId}
            assigned={assigning === "new" ? null : assigning}
            taken={(assigned.data ?? []).map((department) => department.departmentId)}
            chosenTemplateIds={assigning && assigning !== "new" ? liveTemplates(assigning.departmentId) : []}
            onClose={() => setAssigning(null)}
            onDone={setResult}
          />
          <ConfirmDialog
            open={removing !== null}
            title={t("removeTitle", { name: removing ? nameOf(removing) : "" })}
            body={t("removeBody")}
            confirmLabel={t("removeConfirm")}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => removing && remove.mutate({ eventId, departmentId: removing.departmentId })}
            onClose={() => setRemoving(null)}
          />
          <TaskDialog
            open={adding !== null}
            eventId={eventId}
            departmentId={adding ?? ""}
            task={null}
            onClose={() => setAdding(null)}
          />
        </>
      )}
    </Card>
  );
}

function GroupActions({
  name,
  onAdd,
  onChange,
  onRemove,
}: {
  name: string;
  onAdd: () => void;
  onChange: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations("planning.section");
  return (
    <>
      <button type="button" className={buttonClass("secondary", "sm")} onClick={onAdd}>
        {t("addTask")}
        <span className="sr-only"> ({name})</span>
      </button>
      <button type="button" className={buttonClass("secondary", "sm")} onClick={onChange}>
        {t("changeTemplates")}
        <span className="sr-only"> ({name})</span>
      </button>
      <button type="button" className={buttonClass("danger", "sm")} onClick={onRemove}>
        {t("remove")}
        <span className="sr-only"> ({name})</span>
      </button>
    </>
  );
}

type SectionT = ReturnType<typeof useTranslations<"planning.section">>;

/** "3 tasks created. 1 task with progress or comments was kept." */
function resultText(t: SectionT, result: AssignmentResult): string {
  const parts = [
    result.created > 0 && t("results.created", { count: result.created }),
    result.removed > 0 && t("results.removed", { count: result.removed }),
    result.kept > 0 && t("results.kept", { count: result.kept }),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : t("results.none");
}
