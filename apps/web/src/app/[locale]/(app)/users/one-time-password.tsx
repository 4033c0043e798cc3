"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

/** Confirms a new user; a generated password is shown here once and never again. */
export function OneTimePassword({ email, password }: { email: string; password: string | null }) {
  const t = useTranslations("users.created");
  const [copied, setCopied] = useState(false);
  if (!password) {
    return (
      <Alert tone="success">
        {t.rich("withPassword", { address: email, email: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}
      </Alert>
    );
  }
  return (
    <Alert tone="success">
      <p>{t.rich("withGenerated", { address: email, email: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <code
          dir="ltr"
          data-testid="one-time-password"
          className="rounded-md bg-white px-3 py-1.5 font-mono text-base ring-1 ring-emerald-200"
        >
          {password}
        </code>
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          onClick={() => navigator.clipboard.writeText(password).then(() => setCopied(true))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
      <p className="mt-2 text-xs">{t("onlyOnce")}</p>
    </Alert>
  );
}
