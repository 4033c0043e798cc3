"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { ContactListData } from "./types";

/** The organisation's lists with their sizes: one shows its contacts, managers create and delete them. */
export function ListsCard({
  lists,
  activeListId,
  manages,
  onShow,
}: {
  lists: ContactListData[];
  activeListId: string;
  manages: boolean;
  onShow: (listId: string) => void;
}) {
  const t = useTranslations("contacts.lists");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState("");
  const refresh = () => queryClient.invalidateQueries(trpc.contacts.pathFilter());
  const create = useMutation(
    trpc.contacts.lists.create.mutationOptions({
      onSuccess: () => {
        setName("");
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.contacts.lists.delete.mutationOptions({ onSuccess: refresh }));
  const removal = useConfirmedRemoval<ContactListData>(remove);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, description: "" });
  };

  return (
    <Card title={t("title")}>
      {lists.length === 0 ? (
        <p className="text-sm text-slate-600">{t(manages ? "empty" : "emptyReadOnly")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="contact-lists">
          {lists.map((list) => (
            <li key={list.id} className="flex items-center justify-between gap-2 py-2">
              <button
                type="button"
                aria-pressed={activeListId === list.id}
                className={`min-w-0 text-start text-sm hover:underline ${activeListId === list.id ? "font-semibold text-brand-700" : "text-slate-800"}`}
                onClick={() => onShow(activeListId === list.id ? "" : list.id)}
              >
                <span dir="auto">{list.name}</span>{" "}
                <span className="text-slate-500 tabular-nums">({t("members", { count: list.members })})</span>
              </button>
              {manages && (
                <button
                  type="button"
                  className="text-xs text-red-700 hover:underline"
                  aria-label={t("deleteLabel", { name: list.name })}
                  onClick={() => removal.ask(list)}
                >
                  {t("delete")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && (
        <form onSubmit={submit} className="mt-4 space-y-2 border-t border-slate-200 pt-4">
          <FormField id="contact-list-name" label={t("name")}>
            {(control) => (
              <input
                {...control}
                dir="auto"
                required
                maxLength={200}
                value={name}
                onChange={(event) => setName(event.target.value)}
                className={inputClass}
              />
            )}
          </FormField>
          <FormActions
            size="sm"
            cancelLabel=""
            submitLabel={t("create")}
            pendingLabel={t("creating")}
            pending={create.isPending}
            disabled={name.trim() === ""}
            error={create.isError && errorMessage(create.error)}
          />
        </form>
      )}
      <ConfirmDialog
        {...removal.dialog}
        title={t("deleteTitle", { name: removal.target?.name ?? "" })}
        body={t("deleteBody")}
        confirmLabel={t("deleteConfirm")}
      />
    </Card>
  );
}
