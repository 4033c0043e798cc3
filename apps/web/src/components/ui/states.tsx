"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "./button";

/** The placeholders a list shows while loading, when empty, or when it failed. */
export function LoadingState() {
  const t = useTranslations("states");
  return (
    <div role="status" className="flex items-center justify-center gap-3 py-12 text-slate-500">
      <span
        aria-hidden
        className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
      />
      {t("loading")}
    </div>
  );
}

export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <div className="py-12 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      <p className="mt-1 text-sm text-slate-500">{body}</p>
    </div>
  );
}

export function ErrorState({ title, body, onRetry }: { title: string; body: string; onRetry: () => void }) {
  const t = useTranslations("states");
  return (
    <div role="alert" className="py-12 text-center">
      <p className="font-medium text-red-800">{title}</p>
      <p className="mt-1 text-sm text-slate-600">{body}</p>
      <button type="button" className={`${buttonClass("secondary")} mt-4`} onClick={onRetry}>
        {t("retry")}
      </button>
    </div>
  );
}
