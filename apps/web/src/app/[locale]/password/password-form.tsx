"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { inputClass, labelClass } from "@/components/ui/field";
import { useErrorKeyMessage } from "@/trpc/use-error-message";
import { changePasswordAction, type PasswordState } from "./actions";

const fields = [
  { name: "currentPassword", label: "current", autoComplete: "current-password" },
  { name: "newPassword", label: "new", autoComplete: "new-password" },
  { name: "repeatPassword", label: "repeat", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, {
    error: null,
  });
  const errorMessage = useErrorKeyMessage();
  return (
    <form action={action} className="space-y-5">
      {state.error && (
        <Alert tone="error">
          {state.error === "mismatch" ? t("password.mismatch") : errorMessage(state.error)}
        </Alert>
      )}
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className={labelClass}>
            {t(`password.${field.label}`)}
          </label>
          <input
            id={field.name}
            name={field.name}
            type="password"
            dir="ltr"
            required
            maxLength={200}
            autoComplete={field.autoComplete}
            aria-describedby={field.name === "newPassword" ? "password-rules" : undefined}
            aria-invalid={state.error ? true : undefined}
            className={inputClass}
          />
          {field.name === "newPassword" && (
            <p id="password-rules" className="mt-1 text-xs text-slate-500">
              {t("password.rules")}
            </p>
          )}
        </div>
      ))}
      <button type="submit" disabled={pending} className={`${buttonClass("primary")} w-full`}>
        {pending ? t("password.submitting") : t("password.submit")}
      </button>
    </form>
  );
}
