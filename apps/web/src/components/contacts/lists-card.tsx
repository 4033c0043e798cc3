"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { NameForm } from "./name-form";
import { NamedItem } from "./named-item";
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
  const refresh = () => queryClient.invalidateQueries(trpc.contacts.pathFilter());
  const create = useMutation(trpc.contacts.lists.create.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.contacts.lists.delete.mutationOptions({ onSuccess: refresh }));
  const removal = useConfirmedRemoval<ContactListData>(remove);

  return (
    <Card title={t("title")}>
      {lists.length === 0 ? (
        <p className="text-sm text-slate-600">{t(manages ? "empty" : "emptyReadOnly")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="contact-lists">
          {lists.map((list) => (
            <NamedItem
              key={list.id}
              name={list.name}
              size={t("members", { count: list.members })}
              pressed={activeListId === list.id}
              deleteText={t("delete")}
              deleteLabel={t("deleteLabel", { name: list.name })}
              onShow={() => onShow(activeListId === list.id ? "" : list.id)}
              onDelete={manages ? () => removal.ask(list) : undefined}
            />
          ))}
        </ul>
      )}
      {manages && (
        <NameForm
          id="contact-list-name"
          label={t("name")}
          submitLabel={t("create")}
          pendingLabel={t("creating")}
          pending={create.isPending}
          error={create.isError && errorMessage(create.error)}
          onSubmit={(name, saved) => create.mutate({ name, description: "" }, { onSuccess: saved })}
        />
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
