"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

/**
 * Simulator: someone writes to this number, from a phone or from a linked id (LID) whose phone
 * WhatsApp may tell the session first. How a contact's "STOP" is tried without a phone.
 */
export function SimulateReply({ sessionId }: { sessionId: string }) {
  const t = useTranslations("contacts.simulateReply");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [from, setFrom] = useState("");
  const [text, setText] = useState("");
  const [lidPhone, setLidPhone] = useState("");
  const send = useMutation(trpc.whatsapp.sessions.simulateInbound.mutationOptions());
  const isLid = from.trim().endsWith("@lid");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate({ sessionId, from, text, lidPhone: isLid && lidPhone ? lidPhone : undefined });
  };
  return (
    <form
      onSubmit={submit}
      className="mt-4 space-y-3 border-t border-sky-200 pt-3"
      data-testid="simulate-reply"
    >
      <h4 className="text-sm font-medium text-sky-900">{t("title")}</h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={`simulate-from-${sessionId}`} label={t("from")} hint={t("fromHint")}>
          {(control) => (
            <input
              {...control}
              dir="ltr"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id={`simulate-text-${sessionId}`} label={t("text")}>
          {(control) => (
            <input
              {...control}
              dir="auto"
              value={text}
              onChange={(event) => setText(event.target.value)}
              className={inputClass}
            />
          )}
        </FormField>
        {isLid && (
          <FormField id={`simulate-lid-phone-${sessionId}`} label={t("lidPhone")} hint={t("lidPhoneHint")}>
            {(control) => (
              <input
                {...control}
                type="tel"
                dir="ltr"
                value={lidPhone}
                onChange={(event) => setLidPhone(event.target.value)}
                className={inputClass}
              />
            )}
          </FormField>
        )}
      </div>
      <button
        type="submit"
        className={buttonClass("secondary", "sm")}
        disabled={send.isPending || !from.trim() || !text.trim()}
      >
        {t("send")}
      </button>
      <div aria-live="polite" className="empty:hidden">
        {send.isError && <Alert tone="error">{errorMessage(send.error)}</Alert>}
        {send.isSuccess && <p className="text-xs text-sky-900">{t("sent")}</p>}
      </div>
    </form>
  );
}
