"use client";

import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Ltr } from "@/components/ui/ltr";
import type { EventReminder } from "../types";
import { useOffsetText } from "./use-offset-text";

/** One reminder: when it goes out, to whom, when it goes out next and when it last went out. */
export function ReminderRow({
  reminder,
  peopleNames,
  canManage,
  onEdit,
  onDelete,
}: {
  reminder: EventReminder;
  /** Names of the chosen people, as far as the reader can know them. */
  peopleNames: string[];
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("reminders");
  const tLanguage = useTranslations("planning.languageNames");
  const format = useFormatter();
  const offsetText = useOffsetText();
  const when = offsetText(reminder);
  const audiences = [
    reminder.toDepartments && t("audience.departments"),
    reminder.userIds.length > 0 &&
      (peopleNames.length === reminder.userIds.length
        ? format.list(peopleNames)
        : t("audience.people", { count: reminder.userIds.length })),
  ].filter((part): part is string => Boolean(part));
  return (
    <li data-testid="reminder-row" className="flex flex-wrap items-start justify-between gap-4 py-4">
      <div className="min-w-0 space-y-1">
        <p className="font-medium text-slate-900">{when}</p>
        <p className="text-sm text-slate-600">
          {t("to")} {audiences.length > 0 && format.list(audiences)}
          {reminder.whatsappRecipient && (
            <>
              {audiences.length > 0 && " · "}
              {t(
                reminder.whatsappRecipientType === "group"
                  ? "audience.whatsappGroup"
                  : "audience.whatsappNumber",
              )}{" "}
              <Ltr>{reminder.whatsappRecipient}</Ltr> ({tLanguage(reminder.whatsappLocale)})
            </>
          )}
        </p>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1.5">
            <dt className="text-slate-500">{t("next")}</dt>
            <dd className="text-slate-800" data-testid="reminder-next">
              {reminder.nextAt ? format.dateTime(reminder.nextAt, "dateTime") : t("notScheduled")}
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-slate-500">{t("lastSent")}</dt>
            <dd className="text-slate-800">
              {reminder.lastSentAt ? format.dateTime(reminder.lastSentAt, "dateTime") : t("neverSent")}
            </dd>
          </div>
        </dl>
      </div>
      {canManage && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass("secondary", "sm")} onClick={onEdit}>
            {t("edit")}
            <span className="sr-only"> ({when})</span>
          </button>
          <button type="button" className={buttonClass("danger", "sm")} onClick={onDelete}>
            {t("delete")}
            <span className="sr-only"> ({when})</span>
          </button>
        </div>
      )}
    </li>
  );
}
