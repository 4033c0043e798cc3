"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { inputClass, labelClass } from "@/components/ui/field";
import type { LoginError } from "@/lib/login-errors";
import { type LoginState, signInWithPassword } from "./actions";

export function LoginForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl: string;
  initialError: LoginError | null;
}) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<LoginState, FormData>(signInWithPassword, {
    error: initialError,
    email: "",
  });
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error && <Alert tone="error">{t(`errors.${state.error}`)}</Alert>}
      <div>
        <label htmlFor="email" className={labelClass}>
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          aria-invalid={state.error ? true : undefined}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass("primary")} w-full`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
