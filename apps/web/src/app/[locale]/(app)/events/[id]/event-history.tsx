"use client";

import { useQuery } from "@tanstack/react-query";
import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { type Messages, useTranslations } from "next-intl";
import { useEventDates } from "@/components/events/use-event-dates";
import { HistorySourceNote } from "@/components/sources/history-source";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { HistoryValue } from "./history-value";

type Entry = inferRouterOutputs<AppRouter>["events"]["history"][number];
type ActionKey = keyof Messages["event"]["history"]["actions"];
type FieldKey = keyof Messages["event"]["fields"];

// The order of the event form, so every entry reads the same way (the log keeps no order).
const fieldOrder = [
  "titleEn",
  "titleAr",
  "descriptionEn",
  "descriptionAr",
  "locationEn",
  "locationAr",
  "organisersEn",
  "organisersAr",
  "status",
  "startsAt",
  "endsAt",
  "allDay",
  "timeZone",
  "rrule",
  "exdates",
  "categoryId",
  "type",
  "scope",
  "visibility",
  "link",
  "expectedAttendance",
];

const inFieldOrder = (changes: Entry["changes"]) =>
  [...changes].sort((a, b) => rank(a.field) - rank(b.field));
const rank = (field: string) => {
  const index = fieldOrder.indexOf(field);
  return index === -1 ? fieldOrder.length : index;
};

/** Who changed what and when, newest first, field by field, from the audit log. */
export function EventHistory({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const t = useTranslations("event.history");
  const trpc = useTRPC();
  const history = useQuery(trpc.events.history.queryOptions({ id: eventId }));

  return (
    <Card title={t("title")}>
      <QueryView
        query={history}
        loadFailed={t("loadFailed")}
        empty={<EmptyState title={t("emptyTitle")} body={t("emptyBody")} />}
      >
        {(entries) => (
          <ol className="space-y-5" data-testid="event-history">
            {entries.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} timeZone={timeZone} />
            ))}
          </ol>
        )}
      </QueryView>
    </Card>
  );
}

function HistoryEntry({ entry, timeZone }: { entry: Entry; timeZone: string }) {
  const t = useTranslations("event");
  const dates = useEventDates(timeZone);
  // Audit actions are "event.update", "event.department.set", "event_reminder.create" and so on;
  // the messages are keyed by the rest, with dots as underscores.
  const action = entry.action.replace(/^event\./, "").replaceAll(".", "_") as ActionKey;
  const fieldName = (field: string) =>
    t.has(`fields.${field as FieldKey}`) ? t(`fields.${field as FieldKey}`) : field;
  // A creation lists what was set; a deletion what was there; only changes show both sides.
  const showFrom = entry.action !== "event.create";
  const showTo = entry.action !== "event.delete";
  return (
    <li data-testid="history-entry" data-action={entry.action}>
      <p className="text-sm text-slate-900">
        <bdi className="font-medium">{entry.actor?.name ?? t("history.system")}</bdi>{" "}
        {t.has(`history.actions.${action}`) ? t(`history.actions.${action}`) : entry.action}
      </p>
      <p className="text-xs text-slate-500">{dates.dateTime(entry.at)}</p>
      <HistorySourceNote runId={entry.sourceRunId} fields={entry.sourceFields} />
      {entry.changes.length > 0 && (
        <dl className="mt-2 space-y-1.5 border-s-2 border-slate-200 ps-3 text-sm">
          {inFieldOrder(entry.changes).map((change) => (
            <div key={change.field} data-testid="history-change" data-field={change.field}>
              <dt className="font-medium text-slate-700">{fieldName(change.field)}</dt>
              <dd className="text-slate-600">
                {showFrom && (
                  <span className="text-slate-500 line-through decoration-slate-400">
                    <HistoryValue field={change.field} value={change.from} timeZone={timeZone} />
                  </span>
                )}
                {showFrom && showTo && (
                  <span aria-hidden className="mx-1.5 inline-block rtl:rotate-180">
                    →
                  </span>
                )}
                {showFrom && showTo && <span className="sr-only">{t("history.changedTo")}</span>}
                {showTo && <HistoryValue field={change.field} value={change.to} timeZone={timeZone} />}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
