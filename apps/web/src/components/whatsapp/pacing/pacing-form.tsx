"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormActions } from "@/components/ui/form-actions";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { WaSessionView } from "../types";
import { useRereadSessions } from "../use-reread-sessions";
import { NumberInput } from "./number-input";
import {
  draftOf,
  type PacingNumberField as Field,
  type PacingDraft,
  type PacingErrors,
  type PacingRules,
  readPacing,
} from "./pacing-values";

/** Groups of settings, each with a heading, in the order the form shows them. */
const sections: { key: "gaps" | "typing" | "batches" | "caps"; fields: Field[] }[] = [
  { key: "gaps", fields: ["minGapSeconds", "maxGapSeconds"] },
  { key: "typing", fields: ["typingCharsPerSecond", "maxTypingSeconds"] },
  { key: "batches", fields: ["batchSize", "batchPauseMinutes"] },
  { key: "caps", fields: ["hourlyCap", "dailyCap"] },
];

function Toggle({
  checked,
  label,
  hint,
  onChange,
}: {
  checked: boolean;
  label: string;
  hint: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-start gap-3 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700"
      />
      <span>
        <span className="block font-medium text-slate-800">{label}</span>
        <span className="block text-xs text-slate-500">{hint}</span>
      </span>
    </label>
  );
}

/** How fast one number may send, with the safe defaults explained and one click away. */
export function PacingForm({
  session,
  rules,
  onDone,
}: {
  session: WaSessionView;
  rules: PacingRules;
  onDone: () => void;
}) {
  const t = useTranslations("whatsapp.pacing");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const rereadSessions = useRereadSessions();
  const [draft, setDraft] = useState<PacingDraft>(() => draftOf(session.pacing));
  const [errors, setErrors] = useState<PacingErrors>({});
  const save = useMutation(
    trpc.whatsapp.sessions.updatePacing.mutationOptions({
      onSuccess: () => {
        void rereadSessions();
        onDone();
      },
    }),
  );
  const change = (next: Partial<PacingDraft>) => setDraft((current) => ({ ...current, ...next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = readPacing(draft, rules.limits);
    setErrors(result.errors ?? {});
    if (result.pacing) save.mutate({ sessionId: session.id, pacing: result.pacing });
  };
  const errorOf = (field: Field) => {
    const error = errors[field];
    if (error === "order") return t("errors.order");
    return error && t("errors.range", rules.limits[field]);
  };
  const field = (name: Field, disabled = false): ReactNode => (
    <NumberInput
      key={name}
      id={`wa-pacing-${session.id}-${name}`}
      label={t(`fields.${name}`)}
      value={draft[name]}
      min={rules.limits[name].min}
      max={rules.limits[name].max}
      error={errorOf(name)}
      disabled={disabled}
      onChange={(value) => change({ [name]: value })}
    />
  );
  const { defaults } = rules;

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <Alert tone="info">
        <p>
          {t("intro", {
            min: defaults.minGapSeconds,
            max: defaults.maxGapSeconds,
            batch: defaults.batchSize,
            pause: defaults.batchPauseMinutes,
            hourly: defaults.hourlyCap,
            daily: defaults.dailyCap,
          })}
        </p>
        <p className="mt-1">{t("introLater")}</p>
      </Alert>
      <Toggle
        checked={draft.enabled}
        label={t("enabled")}
        hint={t("enabledHint")}
        onChange={(enabled) => change({ enabled })}
      />
      {sections.map((section) => (
        <fieldset key={section.key} className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">{t(`sections.${section.key}`)}</legend>
          {section.key === "typing" && (
            <Toggle
              checked={draft.typing}
              label={t("typing")}
              hint={t("typingHint")}
              onChange={(typing) => change({ typing })}
            />
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            {section.fields.map((name) => field(name, section.key === "typing" && !draft.typing))}
          </div>
        </fieldset>
      ))}
      <FormActions
        cancelLabel={t("cancel")}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        pending={save.isPending}
        error={save.isError && errorMessage(save.error)}
        start={
          <button
            type="button"
            className="text-sm font-medium text-brand-700 hover:underline"
            onClick={() => {
              setDraft(draftOf(defaults));
              setErrors({});
            }}
          >
            {t("restoreDefaults")}
          </button>
        }
        onCancel={onDone}
      />
    </form>
  );
}
