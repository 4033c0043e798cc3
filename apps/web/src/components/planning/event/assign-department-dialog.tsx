"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { FormActions } from "@/components/ui/form-actions";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useRefreshTasks } from "../tasks/use-refresh-tasks";
import type { EventDepartment } from "../types";
import { TemplatePicker } from "./template-picker";

export interface AssignmentResult {
  created: number;
  removed: number;
  kept: number;
}

/**
 * Assigns a department to the event with the templates to make tasks from, or (given `assigned`)
 * changes which of its templates apply. Unticked templates' tasks go, unless work was done on them.
 */
export function AssignDepartmentDialog({
  open,
  eventId,
  assigned,
  taken,
  chosenTemplateIds,
  onClose,
  onDone,
}: {
  open: boolean;
  eventId: string;
  /** The assignment to change; null to assign a new department. */
  assigned: EventDepartment | null;
  /** Departments already on the event, not offered again. */
  taken: string[];
  /** Templates that have a live task on the event now. */
  chosenTemplateIds: string[];
  onClose: () => void;
  onDone: (result: AssignmentResult) => void;
}) {
  const t = useTranslations("planning.assign");
  const locale = useLocale();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshTasks();
  const departments = useQuery(trpc.departments.list.queryOptions());
  const [departmentId, setDepartmentId] = useState("");
  const [selected, setSelected] = useState<string[] | null>(null);
  const assign = useMutation(
    trpc.departments.assignToEvent.mutationOptions({
      onSuccess: (result) => {
        onDone({ created: result.created, removed: result.removed, kept: result.kept });
        close();
        return refresh();
      },
    }),
  );
  const close = () => {
    setDepartmentId("");
    setSelected(null);
    assign.reset();
    onClose();
  };
  const target = assigned?.departmentId ?? departmentId;
  const templates = useQuery({
    ...trpc.taskTemplates.list.queryOptions({ departmentId: target }),
    enabled: Boolean(target),
  });
  const allTemplates = (templates.data ?? []).map((template) => template.id);
  const available = (departments.data ?? []).filter((department) => !taken.includes(department.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    // Untouched, the choice is what the picker shows: the live templates, or all for a new department.
    const templateIds = selected ?? (assigned ? chosenTemplateIds : allTemplates);
    assign.mutate({ eventId, departmentId: target, templateIds });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={
        assigned
          ? t("changeTitle", { name: locale === "ar" ? assigned.nameAr : assigned.nameEn })
          : t("title")
      }
      size="lg"
    >
      <form onSubmit={submit} className="space-y-5">
        {!assigned && (
          <SelectField
            id="assign-department"
            label={t("department")}
            value={departmentId}
            emptyLabel={t("chooseDepartment")}
            options={available.map((department) => ({
              value: department.id,
              label: locale === "ar" ? department.nameAr : department.nameEn,
            }))}
            onChange={(value) => {
              setDepartmentId(value);
              setSelected(null);
            }}
          />
        )}
        {!assigned && departments.isSuccess && available.length === 0 && (
          <Alert tone="info">{t("noneLeft")}</Alert>
        )}
        {target && (
          <TemplatePicker
            departmentId={target}
            selected={selected ?? (assigned ? chosenTemplateIds : null)}
            onChange={setSelected}
          />
        )}
        {assigned && <Alert tone="info">{t("keepsWork")}</Alert>}
        <FormActions
          cancelLabel={t("cancel")}
          submitLabel={assigned ? t("save") : t("submit")}
          pending={assign.isPending}
          disabled={!target || templates.isPending}
          error={assign.isError && errorMessage(assign.error)}
          onCancel={close}
        />
      </form>
    </Dialog>
  );
}
