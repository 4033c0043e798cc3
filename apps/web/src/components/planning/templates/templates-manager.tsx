"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { bothQueries, QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { localized } from "@/lib/bilingual";
import { useTRPC } from "@/trpc/react";
import type { TaskTemplate } from "../types";
import { TemplateDialog } from "./template-dialog";
import { TemplateRow } from "./template-row";

/** A department's task templates: the tasks an event gets when the department is assigned to it. */
export function TemplatesManager({ departmentId }: { departmentId: string }) {
  const t = useTranslations("templates");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const departments = useQuery(trpc.departments.list.queryOptions());
  const templates = useQuery(trpc.taskTemplates.list.queryOptions({ departmentId }));
  const [editing, setEditing] = useState<TaskTemplate | "new" | null>(null);
  const remove = useMutation(
    trpc.taskTemplates.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.taskTemplates.pathFilter()),
    }),
  );
  const removal = useConfirmedRemoval<TaskTemplate>(remove);
  const deleting = removal.target;
  const department = departments.data?.find((candidate) => candidate.id === departmentId);
  const name = department ? (locale === "ar" ? department.nameAr : department.nameEn) : "";
  const titleOf = (template: TaskTemplate) =>
    localized(template.titleEn, template.titleAr, locale)?.text ?? "";

  const body = (
    <QueryView query={bothQueries(departments, templates)} loadFailed={t("loadFailed")}>
      {([, list]) =>
        !department ? (
          <EmptyState title={t("missingTitle")} body={t("missingBody")} />
        ) : list.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul className="-my-4 divide-y divide-slate-100">
            {list.map((template) => (
              <TemplateRow
                key={template.id}
                template={template}
                siblings={list}
                onEdit={() => setEditing(template)}
                onDelete={() => removal.ask(template)}
              />
            ))}
          </ul>
        )
      }
    </QueryView>
  );

  return (
    <>
      <div className="mb-4">
        <BackLink href="/departments">{t("back")}</BackLink>
      </div>
      <PageHeader
        title={department ? t("titleOf", { name }) : t("title")}
        description={t("description")}
        actions={
          department && (
            <button type="button" className={buttonClass("primary")} onClick={() => setEditing("new")}>
              {t("new")}
            </button>
          )
        }
      />
      <Card title={t("listTitle")}>{body}</Card>
      <TemplateDialog
        departmentId={departmentId}
        template={editing === "new" ? null : editing}
        siblings={templates.data ?? []}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        {...removal.dialog}
        title={t("deleteTitle")}
        body={t("deleteBody", { title: deleting ? titleOf(deleting) : "" })}
        confirmLabel={t("deleteConfirm")}
      />
    </>
  );
}
