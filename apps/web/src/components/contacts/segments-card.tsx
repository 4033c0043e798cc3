"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactFilter } from "@taqweem/db/contact-filter";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { QueryView } from "@/components/ui/query-view";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { ContactSegmentData } from "./types";

/**
 * Saved segments: filters kept by name and counted now, each time they are shown (a campaign
 * evaluates them when it starts). The current filters can be saved as one.
 */
export function SegmentsCard({
  filter,
  filtered,
  manages,
  onApply,
}: {
  filter: ContactFilter;
  filtered: boolean;
  manages: boolean;
  onApply: (filter: ContactFilter) => void;
}) {
  const t = useTranslations("contacts.segments");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const segments = useQuery(trpc.contacts.segments.list.queryOptions());
  const [name, setName] = useState("");
  const refresh = () => queryClient.invalidateQueries(trpc.contacts.segments.pathFilter());
  const create = useMutation(
    trpc.contacts.segments.create.mutationOptions({
      onSuccess: () => {
        setName("");
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.contacts.segments.delete.mutationOptions({ onSuccess: refresh }));
  const removal = useConfirmedRemoval<ContactSegmentData>(remove);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, filter });
  };

  return (
    <Card title={t("title")}>
      <QueryView
        query={segments}
        loadFailed={t("loadFailed")}
        empty={<p className="text-sm text-slate-600">{t("empty")}</p>}
      >
        {(list) => (
          <ul className="divide-y divide-slate-100" data-testid="contact-segments">
            {list.map((segment) => (
              <li key={segment.id} className="flex items-center justify-between gap-2 py-2">
                <button
                  type="button"
                  className="min-w-0 text-start text-sm text-slate-800 hover:underline"
                  onClick={() => onApply(segment.filter)}
                >
                  <span dir="auto">{segment.name}</span>{" "}
                  <span className="text-slate-500 tabular-nums">
                    ({t("count", { count: segment.total })})
                  </span>
                </button>
                {manages && (
                  <button
                    type="button"
                    className="text-xs text-red-700 hover:underline"
                    aria-label={t("deleteLabel", { name: segment.name })}
                    onClick={() => removal.ask(segment)}
                  >
                    {t("delete")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {manages && (
        <form onSubmit={submit} className="mt-4 space-y-2 border-t border-slate-200 pt-4">
          <FormField
            id="contact-segment-name"
            label={t("name")}
            hint={filtered ? undefined : t("needsFilter")}
          >
            {(control) => (
              <input
                {...control}
                dir="auto"
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
            submitLabel={t("save")}
            pendingLabel={t("saving")}
            pending={create.isPending}
            disabled={!filtered || name.trim() === ""}
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
