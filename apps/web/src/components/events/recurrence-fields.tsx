"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { type RecurrenceEnd, type RecurrencePreset, recurrencePresets } from "@/lib/recurrence";

/** Repeats: a preset (or a rule typed by hand) and when the series ends. */
export function RecurrenceFields({
  idPrefix,
  preset,
  end,
  custom,
  error,
  onChange,
}: {
  idPrefix: string;
  preset: RecurrencePreset;
  end: RecurrenceEnd;
  custom: string;
  error?: string;
  onChange: (change: {
    recurrence?: RecurrencePreset;
    recurrenceEnd?: RecurrenceEnd;
    customRule?: string;
  }) => void;
}) {
  const t = useTranslations("event.form.recurrence");
  const endKinds = ["never", "count", "until"] as const;
  return (
    <div className="space-y-3">
      <SelectField
        id={`${idPrefix}-recurrence`}
        label={t("label")}
        value={preset}
        options={recurrencePresets.map((value) => ({ value, label: t(`presets.${value}`) }))}
        error={preset === "custom" ? undefined : error}
        onChange={(value) => onChange({ recurrence: value as RecurrencePreset })}
      />
      {preset === "custom" && (
        <FormField id={`${idPrefix}-rrule`} label={t("customLabel")} hint={t("customHint")} error={error}>
          {(control) => (
            <input
              {...control}
              dir="ltr"
              maxLength={300}
              placeholder="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"
              value={custom}
              onChange={(event) => onChange({ customRule: event.target.value })}
              className={`${inputClass} font-mono text-sm`}
            />
          )}
        </FormField>
      )}
      {preset !== "none" && preset !== "custom" && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("ends")}</legend>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-700">
            {endKinds.map((kind) => (
              <label key={kind} className="inline-flex items-center gap-2">
                <input
                  type="radio"
                  name={`${idPrefix}-recurrence-end`}
                  checked={end.kind === kind}
                  onChange={() =>
                    onChange({
                      recurrenceEnd:
                        kind === "count"
                          ? { kind, count: 10 }
                          : kind === "until"
                            ? { kind, date: "" }
                            : { kind: "never" },
                    })
                  }
                  className="accent-brand-700"
                />
                {t(`endKinds.${kind}`)}
              </label>
            ))}
          </div>
          {end.kind === "count" && (
            <input
              type="number"
              aria-label={t("count")}
              min={1}
              max={1000}
              dir="ltr"
              value={end.count}
              onChange={(event) =>
                onChange({ recurrenceEnd: { kind: "count", count: Number(event.target.value) } })
              }
              className={`${inputClass} max-w-32`}
            />
          )}
          {end.kind === "until" && (
            <input
              type="date"
              aria-label={t("until")}
              required
              dir="ltr"
              value={end.date}
              onChange={(event) => onChange({ recurrenceEnd: { kind: "until", date: event.target.value } })}
              className={`${inputClass} max-w-48`}
            />
          )}
        </fieldset>
      )}
    </div>
  );
}
