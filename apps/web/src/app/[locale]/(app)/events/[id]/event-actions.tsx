"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRouter } from "@/i18n/navigation";
import type { EventChoices } from "@/lib/calendar-url";
import { hasErrorKey } from "@/trpc/api-error";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { Notice } from "../../calendar/notice";
import { EditEventDialog } from "./edit-event-dialog";
import type { EventData } from "./event-data";

type Pending = "edit" | "cancel" | "delete" | null;

/**
 * Download for everyone; edit, publish, cancel and delete for editors. Every change names the
 * version shown; if someone else saved in between, the page says so and shows their version.
 */
export function EventActions({
  event,
  timeZone,
  choices,
  canEdit,
  onNotice,
}: {
  event: EventData;
  timeZone: string;
  choices: EventChoices;
  canEdit: boolean;
  onNotice: (notice: Notice | null) => void;
}) {
  const t = useTranslations("event");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState<Pending>(null);
  const categories = useQuery({ ...trpc.categories.list.queryOptions(), enabled: canEdit });
  const target = { id: event.id, version: event.version };

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.events.get.queryFilter({ id: event.id })),
      queryClient.invalidateQueries(trpc.events.history.queryFilter({ id: event.id })),
      queryClient.invalidateQueries(trpc.events.range.pathFilter()),
    ]);
  const settle = (success: string) => ({
    onSuccess: () => {
      setOpen(null);
      onNotice({ tone: "success", text: success });
    },
    onError: (error: unknown) => {
      if (hasErrorKey(error, "errors.staleVersion")) onNotice({ tone: "error", text: t("conflict") });
    },
    onSettled: refresh,
  });

  // A conflict while editing is explained inside the form, which stays open.
  const update = useMutation(
    trpc.events.update.mutationOptions({
      onSuccess: settle(t("actions.saved")).onSuccess,
      onSettled: refresh,
    }),
  );
  const publish = useMutation(trpc.events.publish.mutationOptions(settle(t("actions.publishedNotice"))));
  const cancel = useMutation(trpc.events.cancel.mutationOptions(settle(t("actions.cancelledNotice"))));
  const remove = useMutation(
    trpc.events.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.events.range.pathFilter());
        router.push("/calendar");
      },
      onError: (error) => hasErrorKey(error, "errors.staleVersion") && refresh(),
    }),
  );

  const close = () => {
    setOpen(null);
    update.reset();
    cancel.reset();
    remove.reset();
  };

  return (
    <div className="flex flex-wrap gap-2">
      <a href={`/api/calendar/events/${event.id}`} download className={buttonClass("secondary", "sm")}>
        {t("actions.download")}
      </a>
      {canEdit && (
        <>
          <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setOpen("edit")}>
            {t("actions.edit")}
          </button>
          {event.status === "draft" && (
            <button
              type="button"
              className={buttonClass("primary", "sm")}
              disabled={publish.isPending}
              onClick={() => publish.mutate(target)}
            >
              {t("actions.publish")}
            </button>
          )}
          {event.status !== "cancelled" && (
            <button type="button" className={buttonClass("danger", "sm")} onClick={() => setOpen("cancel")}>
              {t("actions.cancel")}
            </button>
          )}
          <button type="button" className={buttonClass("danger", "sm")} onClick={() => setOpen("delete")}>
            {t("actions.delete")}
          </button>
        </>
      )}
      {publish.isError && !hasErrorKey(publish.error, "errors.staleVersion") && (
        <div className="basis-full">
          <Alert tone="error">{errorMessage(publish.error)}</Alert>
        </div>
      )}

      <EditEventDialog
        open={open === "edit"}
        event={event}
        timeZone={timeZone}
        categories={categories.data ?? []}
        choices={choices}
        pending={update.isPending}
        error={update.error}
        onSave={(changes) => update.mutate({ ...target, ...changes })}
        onClose={close}
      />
      <ConfirmDialog
        open={open === "cancel"}
        title={t("actions.cancelTitle")}
        body={t("actions.cancelBody")}
        confirmLabel={t("actions.cancelConfirm")}
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={() => cancel.mutate(target)}
        onClose={close}
      />
      <ConfirmDialog
        open={open === "delete"}
        title={t("actions.deleteTitle")}
        body={t("actions.deleteBody")}
        confirmLabel={t("actions.deleteConfirm")}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate(target)}
        onClose={close}
      />
    </div>
  );
}
