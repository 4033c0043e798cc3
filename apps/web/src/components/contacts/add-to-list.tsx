"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { ContactListData } from "./types";

/** Puts the selected contacts on a list. */
export function AddToList({
  lists,
  contactIds,
  onDone,
}: {
  lists: ContactListData[];
  contactIds: string[];
  onDone: () => void;
}) {
  const t = useTranslations("contacts");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [listId, setListId] = useState("");
  const add = useMutation(
    trpc.contacts.lists.addMembers.mutationOptions({
      onSuccess: () => {
        onDone();
        return queryClient.invalidateQueries(trpc.contacts.pathFilter());
      },
    }),
  );
  return (
    <div className="mb-4 rounded-lg bg-slate-50 p-3" data-testid="add-to-list">
      <div className="flex flex-wrap items-end gap-3">
        <p className="text-sm font-medium text-slate-800 sm:mb-2">
          {t("selected", { count: contactIds.length })}
        </p>
        <div className="w-56">
          <SelectField
            id="contacts-add-to-list"
            label={t("addToList")}
            value={listId}
            emptyLabel={t("addToListChoose")}
            options={lists.map((list) => ({ value: list.id, label: list.name }))}
            onChange={setListId}
          />
        </div>
        <button
          type="button"
          className={buttonClass("primary", "sm")}
          disabled={!listId || add.isPending}
          onClick={() => add.mutate({ listId, contactIds })}
        >
          {t("addToListNow")}
        </button>
      </div>
      {add.isError && (
        <div className="mt-2">
          <Alert tone="error">{errorMessage(add.error)}</Alert>
        </div>
      )}
    </div>
  );
}
