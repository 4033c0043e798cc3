"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ContactFilter } from "@taqweem/db/contact-filter";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { QueryView } from "@/components/ui/query-view";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { NameForm } from "./name-form";
import { NamedItem } from "./named-item";
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
  const refresh = () => queryClient.invalidateQueries(trpc.contacts.segments.pathFilter());
  const create = useMutation(trpc.contacts.segments.create.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.contacts.segments.delete.mutationOptions({ onSuccess: refresh }));
  const removal = useConfirmedRemoval<ContactSegmentData>(remove);

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
              <NamedItem
                key={segment.id}
                name={segment.name}
                size={t("count", { count: segment.total })}
                deleteText={t("delete")}
                deleteLabel={t("deleteLabel", { name: segment.name })}
                onShow={() => onApply(segment.filter)}
                onDelete={manages ? () => removal.ask(segment) : undefined}
              />
            ))}
          </ul>
        )}
      </QueryView>
      {manages && (
        <NameForm
          id="contact-segment-name"
          label={t("name")}
          hint={filtered ? undefined : t("needsFilter")}
          submitLabel={t("save")}
          pendingLabel={t("saving")}
          pending={create.isPending}
          disabled={!filtered}
          error={create.isError && errorMessage(create.error)}
          onSubmit={(name, saved) => create.mutate({ name, filter }, { onSuccess: saved })}
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
