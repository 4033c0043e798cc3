"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { useTRPC } from "@/trpc/react";
import type { Department } from "../types";
import { DepartmentDialog } from "./department-dialog";
import { DepartmentRow } from "./department-row";

/** Admins add, edit and delete departments; each links to its task templates. */
export function DepartmentsManager() {
  const t = useTranslations("departments");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const departments = useQuery(trpc.departments.list.queryOptions());
  // null: closed; "new": adding; a department: editing it.
  const [editing, setEditing] = useState<Department | "new" | null>(null);
  const remove = useMutation(
    trpc.departments.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.departments.pathFilter()),
    }),
  );
  const removal = useConfirmedRemoval<Department>(remove);
  const deleting = removal.target;

  const list = (
    <QueryView
      query={departments}
      loadFailed={t("loadFailed")}
      empty={<EmptyState title={t("emptyTitle")} body={t("emptyBody")} />}
    >
      {(data) => (
        <ul className="-my-4 divide-y divide-slate-100">
          {data.map((department) => (
            <DepartmentRow
              key={department.id}
              department={department}
              onEdit={() => setEditing(department)}
              onDelete={() => removal.ask(department)}
            />
          ))}
        </ul>
      )}
    </QueryView>
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <button type="button" className={buttonClass("primary")} onClick={() => setEditing("new")}>
            {t("new")}
          </button>
        }
      />
      <Card title={t("listTitle")}>{list}</Card>
      <DepartmentDialog
        open={editing !== null}
        department={editing === "new" ? null : editing}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        {...removal.dialog}
        title={t("deleteTitle")}
        body={t("deleteBody", {
          name: deleting ? (locale === "ar" ? deleting.nameAr : deleting.nameEn) : "",
        })}
        confirmLabel={t("deleteConfirm")}
      />
    </>
  );
}
