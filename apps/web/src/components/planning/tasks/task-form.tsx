"use client";

import { useQuery } from "@tanstack/react-query";
import { useTimeZone, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BilingualInputs } from "@/components/events/bilingual-inputs";
import { BilingualText } from "@/components/events/bilingual-text";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { Ltr } from "@/components/ui/ltr";
import { SelectField } from "@/components/ui/select-field";
import { hasErrorKey } from "@/trpc/api-error";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";
import { taskPriorities } from "../choices";
import { useDurationWords } from "../use-duration-words";
import type { TaskValues } from "./task-values";
import { type Person, useAssigneeOptions } from "./use-assignee-options";

const remindPresets = ["", "60", "1440", "4320", "10080"];

/** A task's titles, description, due time, assignee, priority, reminder and prerequisites. */
export function TaskForm({
  eventId,
  departmentId,
  taskId,
  currentAssignee,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  eventId: string;
  departmentId: string;
  /** The task being edited, which cannot wait for itself. */
  taskId?: string;
  currentAssignee: Person | null;
  initial: TaskValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** False when the form found a problem itself (a title missing, a due time it cannot read). */
  onSubmit: (values: TaskValues) => boolean;
  onCancel: () => void;
}) {
  const t = useTranslations("tasks.form");
  const tPriority = useTranslations("tasks.priorities");
  const timeZone = useTimeZone() ?? "Asia/Dubai";
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const fieldError = useFieldErrors(error);
  const words = useDurationWords();
  const people = useAssigneeOptions(departmentId, currentAssignee);
  const eventTasks = useQuery(trpc.tasks.list.queryOptions({ eventId, limit: 200 }));
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<"titleRequired" | "invalidDue" | null>(null);
  const set = (change: Partial<TaskValues>) => setValues((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.titleEn.trim() && !values.titleAr.trim()) return setProblem("titleRequired");
    setProblem(onSubmit(values) ? null : "invalidDue");
  };
  const prerequisiteError = hasErrorKey(error, "errors.prerequisiteCycle", "errors.prerequisiteInvalid")
    ? errorMessage(error)
    : undefined;
  const assigneeError = hasErrorKey(error, "errors.invalidAssignee") ? errorMessage(error) : undefined;
  const fields = ["titleEn", "titleAr", "descriptionEn", "descriptionAr", "dueAt"];
  const hasFieldErrors = fields.some((field) => fieldError(field));
  const remindOptions = remindPresets.includes(values.remindBefore)
    ? remindPresets
    : [...remindPresets, values.remindBefore];

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <BilingualInputs
        fields={["title", "description"]}
        idPrefix="task"
        values={values}
        fieldError={fieldError}
        problems={{ title: problem === "titleRequired" && t("titleRequired") }}
        onChange={set}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="task-due"
          label={t("due")}
          hint={
            <>
              {t("dueHint")} <Ltr>{timeZone}</Ltr>
            </>
          }
          error={problem === "invalidDue" ? t("invalidDue") : fieldError("dueAt")}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              dir="ltr"
              value={values.due}
              onChange={(event) => set({ due: event.target.value })}
              className={inputClass}
            />
          )}
        </FormField>
        <SelectField
          id="task-remind"
          label={t("remind")}
          value={values.remindBefore}
          options={remindOptions.map((minutes) => ({
            value: minutes,
            label: minutes === "" ? t("noReminder") : t("remindBefore", { span: words(Number(minutes)) }),
          }))}
          onChange={(remindBefore) => set({ remindBefore })}
        />
        <SelectField
          id="task-assignee"
          label={t("assignee")}
          value={values.assigneeId}
          emptyLabel={t("unassigned")}
          options={people.map((person) => ({ value: person.id, label: person.name }))}
          error={assigneeError}
          onChange={(assigneeId) => set({ assigneeId })}
        />
        <SelectField
          id="task-priority"
          label={t("priority")}
          value={values.priority}
          options={taskPriorities.map((priority) => ({ value: priority, label: tPriority(priority) }))}
          onChange={(priority) => set({ priority: priority as TaskValues["priority"] })}
        />
      </div>
      <CheckboxList
        legend={t("prerequisites")}
        hint={t("prerequisitesHint")}
        error={prerequisiteError}
        options={(eventTasks.data?.items ?? [])
          .filter((task) => task.id !== taskId)
          .map((task) => ({
            value: task.id,
            label: <BilingualText en={task.titleEn} ar={task.titleAr} />,
            hint: <BilingualText en={task.department.nameEn} ar={task.department.nameAr} />,
          }))}
        selected={values.prerequisiteIds}
        empty={eventTasks.isPending ? t("loadingTasks") : t("noOtherTasks")}
        onChange={(prerequisiteIds) => set({ prerequisiteIds })}
      />
      <FormActions
        cancelLabel={t("cancel")}
        submitLabel={submitLabel}
        pending={pending}
        error={
          error != null && !hasFieldErrors && !prerequisiteError && !assigneeError && errorMessage(error)
        }
        onCancel={onCancel}
      />
    </form>
  );
}
