"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import type { TaskTemplate } from "../types";
import { TemplateForm } from "./template-form";
import { newTemplateValues, templateInput, templateValuesOf } from "./template-values";

/** Adds a template to the department (without `template`) or edits one. */
export function TemplateDialog({
  departmentId,
  template,
  siblings,
  open,
  onClose,
}: {
  departmentId: string;
  template: TaskTemplate | null;
  siblings: TaskTemplate[];
  open: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("templates");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = {
    onSuccess: () => {
      onClose();
      return queryClient.invalidateQueries(trpc.taskTemplates.pathFilter());
    },
  };
  const create = useMutation(trpc.taskTemplates.create.mutationOptions(options));
  const update = useMutation(trpc.taskTemplates.update.mutationOptions(options));
  const mutation = template ? update : create;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={template ? t("editTitle") : t("newTitle")} size="lg">
      <TemplateForm
        initial={template ? templateValuesOf(template) : newTemplateValues}
        siblings={siblings.filter((sibling) => sibling.id !== template?.id)}
        submitLabel={template ? t("save") : t("create")}
        pending={mutation.isPending}
        error={mutation.error}
        onCancel={close}
        onSubmit={(values) =>
          template
            ? update.mutate({ id: template.id, ...templateInput(values) })
            : create.mutate({ departmentId, ...templateInput(values) })
        }
      />
    </Dialog>
  );
}
