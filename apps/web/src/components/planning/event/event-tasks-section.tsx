"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useCapabilities } from "@/hooks/use-capabilities";
import { TaskDialog } from "../tasks/task-dialog";
import type { EventDepartment } from "../types";
import { AssignDepartmentDialog, type AssignmentResult } from "./assign-department-dialog";
import { DepartmentGroup } from "./department-group";
import { useEventTasks } from "./use-event-tasks";

/**
 * The departments assigned to the event and their tasks. Editors and admins assign departments
 * (choosing the templates to make tasks from), change or remove them and add tasks by hand;
 * department users work on their own departments' tasks; viewers read.
 */
export function EventTasksSection({ eventId }: { eventId: string }) {
  const t = useTranslations("planning.section");
  const tDialog = useTranslations("dialog");
  const locale = useLocale();
  const { can } = useCapabilities();
  const manages = can("tasks.manage");
  const works = can("tasks.work");
  const { groups, taken, liveTemplates, result, setResult, remove } = useEventTasks(eventId);
  const [assigning, setAssigning] = useState<EventDepartment | "new" | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const nameOf = (department: EventDepartment) => (locale === "ar" ? department.nameAr : department.nameEn);

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
      <QueryView
        query={groups}
        loadFailed={t("loadFailed")}
        empty={<EmptyState title={t("emptyTitle")} body={manages ? t("emptyBodyManager") : t("emptyBody")} />}
      >
        {(list) => (
          <div className="space-y-8">
            {list.map((group) => (
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
                      onRemove={() => group.assignment && remove.ask(group.assignment)}
                    />
                  )
                }
              />
            ))}
          </div>
        )}
      </QueryView>
      {manages && (
        <>
          <AssignDepartmentDialog
            open={assigning !== null}
            eventId={eventId}
            assigned={assigning === "new" ? null : assigning}
            taken={taken}
            chosenTemplateIds={assigning && assigning !== "new" ? liveTemplates(assigning.departmentId) : []}
            onClose={() => setAssigning(null)}
            onDone={setResult}
          />
          <ConfirmDialog
            open={remove.asking !== null}
            title={t("removeTitle", { name: remove.asking ? nameOf(remove.asking) : "" })}
            body={t("removeBody")}
            confirmLabel={t("removeConfirm")}
            pending={remove.pending}
            error={remove.error}
            onConfirm={remove.confirm}
            onClose={remove.cancel}
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
