"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ltr } from "@/components/ui/ltr";

export type PasswordNotice =
  | { kind: "created" | "reset"; email: string; password: string | null }
  | { kind: "invited"; email: string };

/** After adding or resetting a user: a generated password is shown here once and never again. */
export function OneTimePassword({ notice }: { notice: PasswordNotice }) {
  const t = useTranslations("users");
  const [copied, setCopied] = useState(false);
  const address = notice.email;
  if (notice.kind === "invited")
    return <Alert tone="success">{t.rich("created.invited", { address, ltr })}</Alert>;
  const { password } = notice;
  if (!password) return <Alert tone="success">{t.rich("created.withPassword", { address, ltr })}</Alert>;
  return (
    <Alert tone="success">
      <p>
        {notice.kind === "reset"
          ? t.rich("reset.done", { address, ltr })
          : t.rich("created.withGenerated", { address, ltr })}
      </p>
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
          {copied ? t("created.copied") : t("created.copy")}
        </button>
      </div>
      <p className="mt-2 text-xs">{t("created.onlyOnce")}</p>
    </Alert>
  );
}
