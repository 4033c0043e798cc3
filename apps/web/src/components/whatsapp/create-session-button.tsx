"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { useFieldErrors } from "@/trpc/use-field-errors";
import { useRereadSessions } from "./use-reread-sessions";

/** "New session": a name for the number to link; linking comes next, on the session's card. */
export function CreateSessionButton() {
  const t = useTranslations("whatsapp.create");
  const trpc = useTRPC();
  const rereadSessions = useRereadSessions();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.whatsapp.sessions.create.mutationOptions({
      onSuccess: () => {
        void rereadSessions();
        setOpen(false);
        setName("");
      },
    }),
  );
  const fieldError = useFieldErrors(create.error)("name");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name });
  };
  return (
    <>
      <button type="button" className={buttonClass("primary")} onClick={() => setOpen(true)}>
        {t("button")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("title")}>
        <form onSubmit={submit} className="space-y-4">
          <p className="text-sm text-slate-600">{t("body")}</p>
          <FormField id="wa-session-name" label={t("name")} hint={t("nameHint")} error={fieldError}>
            {(control) => (
              <input
                {...control}
                value={name}
                onChange={(event) => setName(event.target.value)}
                required
                maxLength={80}
                autoComplete="off"
                className={inputClass}
              />
            )}
          </FormField>
          <FormActions
            cancelLabel={t("cancel")}
            submitLabel={t("submit")}
            pendingLabel={t("creating")}
            pending={create.isPending}
            error={create.isError && !fieldError && errorMessage(create.error)}
            onCancel={() => setOpen(false)}
          />
        </form>
      </Dialog>
    </>
  );
}
