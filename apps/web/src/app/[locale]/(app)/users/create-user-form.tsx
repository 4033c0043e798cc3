"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Locale, Role } from "@taqweem/db/schema";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass, labelClass } from "@/components/ui/field";
import { readApiError } from "@/trpc/api-error";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { OneTimePassword, type PasswordNotice } from "./one-time-password";

type Field = "email" | "name" | "password";

export function CreateUserForm({ roles, locales }: { roles: Role[]; locales: Locale[] }) {
  const t = useTranslations();
  const currentLocale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [created, setCreated] = useState<PasswordNotice | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onMutate: () => setCreated(null),
      onSuccess: (result, input) => {
        setCreated(
          result.invited
            ? { kind: "invited", email: input.email }
            : { kind: "created", email: input.email, password: result.temporaryPassword },
        );
        return queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
      },
    }),
  );
  // The server names the fields it refused; the explanation comes from our own messages.
  const invalid = new Set(Object.keys(readApiError(create.error).fieldErrors));
  const fieldError = (field: Field) =>
    invalid.has(field) ? (
      <p id={`new-user-${field}-error`} className="mt-1 text-sm text-red-700">
        {t(`users.form.invalid.${field}`)}
      </p>
    ) : null;
  const describedBy = (field: Field, hint?: string) =>
    [invalid.has(field) ? `new-user-${field}-error` : null, hint].filter(Boolean).join(" ") || undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const password = String(data.get("password") ?? "");
    create.mutate(
      {
        email: String(data.get("email") ?? "").trim(),
        name: String(data.get("name") ?? ""),
        role: data.get("role") as Role,
        locale: data.get("locale") as Locale,
        password: password === "" ? undefined : password,
      },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <Card title={t("users.form.title")}>
      <form onSubmit={submit} className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="new-user-email" className={labelClass}>
            {t("users.form.email")}
          </label>
          <input
            id="new-user-email"
            name="email"
            type="email"
            dir="ltr"
            required
            maxLength={254}
            autoComplete="off"
            aria-invalid={invalid.has("email") || undefined}
            aria-describedby={describedBy("email")}
            className={inputClass}
          />
          {fieldError("email")}
        </div>
        <div>
          <label htmlFor="new-user-name" className={labelClass}>
            {t("users.form.name")}
          </label>
          <input
            id="new-user-name"
            name="name"
            required
            maxLength={120}
            autoComplete="off"
            aria-invalid={invalid.has("name") || undefined}
            aria-describedby={describedBy("name")}
            className={inputClass}
          />
          {fieldError("name")}
        </div>
        <div>
          <label htmlFor="new-user-role" className={labelClass}>
            {t("users.form.role")}
          </label>
          <select id="new-user-role" name="role" defaultValue="viewer" className={inputClass}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="new-user-locale" className={labelClass}>
            {t("users.form.language")}
          </label>
          <select id="new-user-locale" name="locale" defaultValue={currentLocale} className={inputClass}>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`language.${locale}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="new-user-password" className={labelClass}>
            {t("users.form.password")}
          </label>
          <input
            id="new-user-password"
            name="password"
            type="password"
            dir="ltr"
            minLength={12}
            maxLength={200}
            autoComplete="new-password"
            aria-invalid={invalid.has("password") || undefined}
            aria-describedby={describedBy("password", "new-user-password-hint")}
            className={inputClass}
          />
          <p id="new-user-password-hint" className="mt-1 text-xs text-slate-500">
            {t("users.form.passwordHint")}
          </p>
          {fieldError("password")}
        </div>
        <div className="flex items-end">
          <button type="submit" disabled={create.isPending} className={`${buttonClass("primary")} w-full`}>
            {create.isPending ? t("users.form.submitting") : t("users.form.submit")}
          </button>
        </div>
      </form>
      <div className="mt-4 space-y-3 empty:hidden">
        {create.isError && <Alert tone="error">{errorMessage(create.error)}</Alert>}
        {created && <OneTimePassword notice={created} />}
      </div>
    </Card>
  );
}
