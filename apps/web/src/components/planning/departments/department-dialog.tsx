"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { LoadingState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import type { Department } from "../types";
import { DepartmentForm } from "./department-form";
import { departmentInput, newDepartmentValues, valuesOf } from "./department-values";
import { useMemberCandidates } from "./use-member-candidates";

/** Adds a department (without `department`) or edits one. */
export function DepartmentDialog({
  open,
  department,
  onClose,
}: {
  open: boolean;
  department: Department | null;
  onClose: () => void;
}) {
  const t = useTranslations("departments");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { candidates, users } = useMemberCandidates(department);
  const options = {
    onSuccess: () => {
      onClose();
      return queryClient.invalidateQueries(trpc.departments.pathFilter());
    },
  };
  const create = useMutation(trpc.departments.create.mutationOptions(options));
  const update = useMutation(trpc.departments.update.mutationOptions(options));
  const mutation = department ? update : create;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={department ? t("editTitle") : t("newTitle")} size="lg">
      {users.isPending ? (
        <LoadingState />
      ) : (
        <DepartmentForm
          initial={department ? valuesOf(department) : newDepartmentValues}
          candidates={candidates}
          submitLabel={department ? t("save") : t("create")}
          pending={mutation.isPending}
          error={mutation.error}
          onCancel={close}
          onSubmit={(values) =>
            department
              ? update.mutate({ id: department.id, ...departmentInput(values) })
              : create.mutate(departmentInput(values))
          }
        />
      )}
    </Dialog>
  );
}
