"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "./button";

/** A read-only value (a link, a token) with a button that copies it. Never mirrored in Arabic. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useTranslations("dialog");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        readOnly
        aria-label={label}
        value={value}
        dir="ltr"
        data-testid={testId}
        onFocus={(event) => event.currentTarget.select()}
        className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-800"
      />
      <button
        type="button"
        className={buttonClass("secondary", "sm")}
        onClick={() => navigator.clipboard.writeText(value).then(() => setCopied(true))}
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
