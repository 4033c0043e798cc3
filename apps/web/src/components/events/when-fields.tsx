"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { Ltr } from "@/components/ui/ltr";

/** All-day switch and the start and end, as local times of the organisation's zone. */
export function WhenFields({
  idPrefix,
  allDay,
  start,
  end,
  timeZone,
  errors,
  onAllDay,
  onChange,
}: {
  idPrefix: string;
  allDay: boolean;
  start: string;
  end: string;
  timeZone: string;
  errors: { start?: string; end?: string };
  onAllDay: (allDay: boolean) => void;
  onChange: (field: "start" | "end", value: string) => void;
}) {
  const t = useTranslations("event");
  const type = allDay ? "date" : "datetime-local";
  return (
    <div className="space-y-3">
      <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          checked={allDay}
          onChange={(event) => onAllDay(event.target.checked)}
          className="size-4 rounded border-slate-300 accent-brand-700"
        />
        {t("fields.allDay")}
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={`${idPrefix}-start`} label={t("fields.startsAt")} error={errors.start}>
          {(control) => (
            <input
              {...control}
              type={type}
              required
              dir="ltr"
              value={start}
              onChange={(event) => onChange("start", event.target.value)}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField
          id={`${idPrefix}-end`}
          label={allDay ? t("form.lastDay") : t("fields.endsAt")}
          error={errors.end}
        >
          {(control) => (
            <input
              {...control}
              type={type}
              required
              dir="ltr"
              min={start}
              value={end}
              onChange={(event) => onChange("end", event.target.value)}
              className={inputClass}
            />
          )}
        </FormField>
      </div>
      <p className="text-xs text-slate-500">
        {t("form.timeZoneNote")} <Ltr>{timeZone}</Ltr>
      </p>
    </div>
  );
}
