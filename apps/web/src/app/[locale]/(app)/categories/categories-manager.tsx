"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { localized } from "@/lib/bilingual";
import { useTRPC } from "@/trpc/react";
import { CategoryForm } from "./category-form";
import { type Category, CategoryRow } from "./category-row";

const newCategory = { nameEn: "", nameAr: "", color: "#0f766e" };

/** Admins add, rename, recolour and delete the categories that colour the calendar. */
export function CategoriesManager() {
  const t = useTranslations("categories");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const categories = useQuery(trpc.categories.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [createdCount, setCreatedCount] = useState(0);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.categories.list.queryFilter()),
      queryClient.invalidateQueries(trpc.events.pathFilter()),
    ]);

  const create = useMutation(
    trpc.categories.create.mutationOptions({
      onSuccess: () => {
        // A new key gives the next category an empty form.
        setCreatedCount((count) => count + 1);
        return refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.categories.update.mutationOptions({
      onSuccess: () => {
        setEditing(null);
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.categories.delete.mutationOptions({ onSuccess: refresh }));
  const removal = useConfirmedRemoval<Category>(remove);
  const deleting = removal.target;

  const list = (
    <QueryView
      query={categories}
      loadFailed={t("loadFailed")}
      empty={<EmptyState title={t("emptyTitle")} body={t("emptyBody")} />}
    >
      {(data) => (
        <ul className="divide-y divide-slate-100">
          {data.map((category) => (
            <li key={category.id} className="py-3" data-testid="category-row">
              {editing === category.id ? (
                <CategoryForm
                  idPrefix={`category-${category.id}`}
                  initial={category}
                  submitLabel={update.isPending ? t("saving") : t("save")}
                  pending={update.isPending}
                  error={update.error}
                  onSubmit={(values) => update.mutate({ id: category.id, ...values })}
                  onCancel={() => {
                    update.reset();
                    setEditing(null);
                  }}
                />
              ) : (
                <CategoryRow
                  category={category}
                  onEdit={() => {
                    update.reset();
                    setEditing(category.id);
                  }}
                  onDelete={() => removal.ask(category)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </QueryView>
  );

  const deletingName = deleting && localized(deleting.nameEn, deleting.nameAr, locale)?.text;
  return (
    <div className="space-y-6">
      <Card title={t("addTitle")}>
        <CategoryForm
          key={createdCount}
          idPrefix="new-category"
          initial={newCategory}
          submitLabel={create.isPending ? t("adding") : t("add")}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) => create.mutate(values)}
        />
        {createdCount > 0 && !create.isError && (
          <div className="mt-3">
            <Alert tone="success">{t("created")}</Alert>
          </div>
        )}
      </Card>
      <Card title={t("listTitle")}>{list}</Card>
      <ConfirmDialog
        {...removal.dialog}
        title={t("deleteTitle")}
        body={t("deleteBody", { name: deletingName ?? "" })}
        confirmLabel={t("deleteConfirm")}
      />
    </div>
  );
}
