"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { autoImportStatuses } from "@taqweem/db/schema";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { cellClass } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { Ltr } from "@/components/ui/ltr";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { RunStatusBadge } from "./run-status";
import { useRunSummary } from "./run-summary";
import type { SourceItem } from "./types";
import { useReasonText } from "./use-reason-text";

/** A yes/no setting of the source, changed at once by a click (read-only for reviewers). */
function SwitchCell(props: {
  label: string;
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
  children?: ReactNode;
}) {
  return (
    <td className={cellClass}>
      <input
        type="checkbox"
        className="size-4 rounded border-slate-300 text-brand-700"
        aria-label={props.label}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.children}
    </td>
  );
}

/** One source: admins change its switches and schedule in place; reviewers run it now. */
export function SourceRow({ source, canManage }: { source: SourceItem; canManage: boolean }) {
  const t = useTranslations("sources");
  const format = useFormatter();
  const summary = useRunSummary();
  const errorMessage = useErrorMessage();
  const reasonText = useReasonText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sources.list.queryKey() });
  const update = useMutation(trpc.sources.update.mutationOptions({ onSuccess: refresh }));
  const runNow = useMutation(trpc.sources.runNow.mutationOptions({ onSuccess: refresh }));
  const [schedule, setSchedule] = useState(source.schedule ?? "");
  const run = source.lastRun;
  const active = run?.status === "queued" || run?.status === "running";
  const error = update.error ?? runNow.error;

  const saveSchedule = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: source.id, schedule });
  };

  return (
    <tr data-testid="source-row" data-source={source.name}>
      <td className={cellClass}>
        <div className="font-medium text-slate-900">{source.name}</div>
        <div className="text-xs text-slate-500">{t(`kinds.${source.kind}`)}</div>
        <Ltr className="block max-w-64 truncate text-xs text-slate-500">{source.baseUrl}</Ltr>
      </td>
      <SwitchCell
        label={t("enabledFor", { name: source.name })}
        checked={source.enabled}
        disabled={!canManage || update.isPending}
        onChange={(enabled) => update.mutate({ id: source.id, enabled })}
      />
      <td className={cellClass}>
        {canManage ? (
          <form onSubmit={saveSchedule} className="flex items-center gap-2">
            <input
              aria-label={t("scheduleFor", { name: source.name })}
              dir="ltr"
              value={schedule}
              placeholder="0 6 * * 1"
              onChange={(event) => setSchedule(event.target.value)}
              className={`${inputClass} mt-0 w-32 font-mono text-sm`}
            />
            <button type="submit" className={buttonClass("secondary", "sm")} disabled={update.isPending}>
              {t("save")}
            </button>
          </form>
        ) : source.schedule ? (
          <Ltr className="font-mono text-sm">{source.schedule}</Ltr>
        ) : (
          <span className="text-slate-500">{t("scheduleNone")}</span>
        )}
      </td>
      <SwitchCell
        label={t("autoImportFor", { name: source.name })}
        checked={source.autoImport}
        disabled={!canManage || update.isPending}
        onChange={(autoImport) => update.mutate({ id: source.id, autoImport })}
      >
        {source.autoImport && (
          <select
            aria-label={t("autoImportStatusFor", { name: source.name })}
            value={source.autoImportStatus}
            disabled={!canManage || update.isPending}
            onChange={(event) =>
              update.mutate({
                id: source.id,
                autoImportStatus: autoImportStatuses.find((s) => s === event.target.value) ?? "draft",
              })
            }
            className={`${inputClass} mt-1 w-auto py-1 text-sm`}
          >
            {autoImportStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`importAs.${status}`)}
              </option>
            ))}
          </select>
        )}
      </SwitchCell>
      <td className={cellClass} aria-live="polite" data-testid="source-last-run">
        {run ? (
          <div className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <RunStatusBadge status={run.status} />
              <span className="text-xs text-slate-500">
                {format.dateTime(run.startedAt ?? run.createdAt, "dateTime")}
              </span>
            </div>
            <div className="text-xs text-slate-600" data-testid="run-progress">
              {active ? summary.progress(run) : summary.events(run)}
            </div>
            {run.refusalReason && <div className="text-xs text-red-700">{reasonText(run.refusalReason)}</div>}
          </div>
        ) : (
          <span className="text-slate-500">{t("neverRun")}</span>
        )}
      </td>
      <td className={`${cellClass} text-end`}>
        <button
          type="button"
          className={buttonClass("primary", "sm")}
          disabled={active || runNow.isPending}
          aria-label={t("runNowFor", { name: source.name })}
          onClick={() => runNow.mutate({ id: source.id })}
        >
          {runNow.isPending ? t("starting") : t("runNow")}
        </button>
        {error && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {errorMessage(error)}
          </p>
        )}
      </td>
    </tr>
  );
}
