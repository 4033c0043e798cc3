"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import type { CalendarView } from "@/lib/calendar-url";

interface Props {
  title: string;
  /** The Hijri months of the period, when the reader asked for them. */
  subtitle?: string | null;
  view: CalendarView;
  views: readonly CalendarView[];
  busy: boolean;
  onStep: (steps: -1 | 1) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
  children?: ReactNode;
}

function Chevron() {
  // Points back in the reading direction: left in English, right in Arabic.
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-5 rtl:rotate-180" fill="currentColor">
      <path d="M12.8 4.2a.75.75 0 0 1 0 1.06L8.06 10l4.74 4.74a.75.75 0 1 1-1.06 1.06l-5.27-5.27a.75.75 0 0 1 0-1.06l5.27-5.27a.75.75 0 0 1 1.06 0Z" />
    </svg>
  );
}

/** Period navigation, the period's title and the choice of view, above the grid. */
export function CalendarToolbar({
  title,
  subtitle,
  view,
  views,
  busy,
  onStep,
  onToday,
  onView,
  children,
}: Props) {
  const t = useTranslations("calendar");
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <div className="flex items-center gap-2">
        <div className="flex">
          <button
            type="button"
            onClick={() => onStep(-1)}
            className="rounded-s-lg border border-slate-300 bg-white p-2 text-slate-700 hover:bg-slate-50"
          >
            <Chevron />
            <span className="sr-only">{t("previous")}</span>
          </button>
          <button
            type="button"
            onClick={() => onStep(1)}
            className="-ms-px rounded-e-lg border border-slate-300 bg-white p-2 text-slate-700 hover:bg-slate-50"
          >
            <span className="block rotate-180">
              <Chevron />
            </span>
            <span className="sr-only">{t("next")}</span>
          </button>
        </div>
        <button type="button" onClick={onToday} className={buttonClass("secondary", "sm")}>
          {t("today")}
        </button>
        <div className="ms-1">
          <h2 className="flex items-center gap-2 text-lg font-semibold text-slate-900" aria-live="polite">
            <span data-testid="calendar-title">{title}</span>
            {busy && (
              <span
                aria-hidden
                className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
              />
            )}
          </h2>
          {subtitle && <p className="text-xs text-slate-500">{subtitle}</p>}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {children}
        {views.length > 1 && (
          <fieldset className="flex rounded-lg border border-slate-300 bg-white p-0.5">
            <legend className="sr-only">{t("viewLabel")}</legend>
            {views.map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={option === view}
                onClick={() => onView(option)}
                className={`rounded-md px-3 py-1 text-sm font-medium ${
                  option === view ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {t(`views.${option}`)}
              </button>
            ))}
          </fieldset>
        )}
      </div>
    </div>
  );
}
