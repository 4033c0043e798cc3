"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useConfirmedRemoval } from "@/components/ui/use-confirmed-removal";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useTRPC } from "@/trpc/react";
import type { EventReminder } from "../types";
import { ReminderDialog } from "./reminder-dialog";
import { ReminderRow } from "./reminder-row";
import { usePeople } from "./use-people";

/** The event's reminders; editors and admins add, change and delete them. */
export function EventReminders({ eventId }: { eventId: string }) {
  const t = useTranslations("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const manages = useCapabilities().can("reminders.manage");
  const { people } = usePeople();
  const reminders = useQuery(trpc.reminders.forEvent.queryOptions({ eventId }));
  const [editing, setEditing] = useState<EventReminder | "new" | null>(null);
  const remove = useMutation(
    trpc.reminders.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.reminders.forEvent.queryFilter({ eventId })),
    }),
  );
  const removal = useConfirmedRemoval<EventReminder>(remove);

  const body = (
    <QueryView
      query={reminders}
      loadFailed={t("loadFailed")}
      empty={<EmptyState title={t("emptyTitle")} body={manages ? t("emptyBodyManager") : t("emptyBody")} />}
    >
      {(list) => (
        <ul className="-my-4 divide-y divide-slate-100">
          {list.map((reminder) => (
            <ReminderRow
              key={reminder.id}
              reminder={reminder}
              peopleNames={people
                .filter((person) => reminder.userIds.includes(person.id))
                .map((person) => person.name)}
              canManage={manages}
              onEdit={() => setEditing(reminder)}
              onDelete={() => removal.ask(reminder)}
            />
          ))}
        </ul>
      )}
    </QueryView>
  );

  return (
    <Card
      title={t("title")}
      actions={
        manages && (
          <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setEditing("new")}>
            {t("new")}
          </button>
        )
      }
    >
      {body}
      {manages && (
        <>
          <ReminderDialog
            open={editing !== null}
            eventId={eventId}
            reminder={editing === "new" ? null : editing}
            onClose={() => setEditing(null)}
          />
          <ConfirmDialog
            {...removal.dialog}
            title={t("deleteTitle")}
            body={t("deleteBody")}
            confirmLabel={t("deleteConfirm")}
          />
        </>
      )}
    </Card>
  );
}
