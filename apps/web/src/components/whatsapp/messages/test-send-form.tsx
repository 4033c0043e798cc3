"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { looksLikePhone } from "@taqweem/db/whatsapp-addresses";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { ltr } from "@/components/ui/ltr";
import { SelectField } from "@/components/ui/select-field";
import { Link } from "@/i18n/navigation";
import { hasErrorKey } from "@/trpc/api-error";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { PhoneInput } from "../phone-input";
import type { WaSessionView } from "../types";

type RecipientType = "contact" | "group";

/** Sends one message through a session, to a number or one of its groups, to see the whole path work. */
export function TestSendForm({ sessions }: { sessions: WaSessionView[] }) {
  const t = useTranslations("whatsapp.testSend");
  const tStatus = useTranslations("whatsapp.statuses");
  const tErrors = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.whatsapp.groups.list.queryOptions());
  const [sessionId, setSessionId] = useState(
    () => (sessions.find((session) => session.status === "connected") ?? sessions[0])?.id ?? "",
  );
  const [recipientType, setRecipientType] = useState<RecipientType>("contact");
  const [phone, setPhone] = useState("");
  const [groupId, setGroupId] = useState("");
  const [body, setBody] = useState("");
  const [checked, setChecked] = useState(false);
  const send = useMutation(
    trpc.whatsapp.messages.testSend.mutationOptions({
      onSuccess: () => {
        setBody("");
        setChecked(false);
        return queryClient.invalidateQueries({ queryKey: trpc.whatsapp.messages.list.pathKey() });
      },
    }),
  );

  const sessionGroups = groups.data?.groups.filter((group) => group.sessionId === sessionId) ?? [];
  const phoneError =
    (checked && recipientType === "contact" && !looksLikePhone(phone)) ||
    hasErrorKey(send.error, "errors.waInvalidPhone")
      ? tErrors("waInvalidPhone")
      : undefined;
  const groupError =
    (checked && recipientType === "group" && !groupId) || hasErrorKey(send.error, "errors.waGroupNotFound")
      ? tErrors("waGroupNotFound")
      : undefined;
  const bodyError = checked && !body.trim() ? t("bodyRequired") : undefined;
  const otherError = send.isError && !phoneError && !groupError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const recipientOk = recipientType === "contact" ? looksLikePhone(phone) : groupId !== "";
    if (!recipientOk || !body.trim() || !sessionId) return;
    // Most likely written in the language of the page; the list marks it so.
    const common = { sessionId, body, language: locale };
    send.mutate(
      recipientType === "contact"
        ? { ...common, recipientType, phone }
        : { ...common, recipientType, groupId },
    );
  };

  if (sessions.length === 0)
    return (
      <Card title={t("title")}>
        <p className="text-sm text-slate-600">
          {t("noSessions")}{" "}
          <Link href="/whatsapp" className="font-medium text-brand-700 hover:underline">
            {t("toSessions")}
          </Link>
        </p>
      </Card>
    );

  return (
    <Card title={t("title")}>
      <form onSubmit={submit} noValidate className="space-y-4" data-testid="test-send-form">
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField
            id="wa-test-session"
            label={t("session")}
            value={sessionId}
            options={sessions.map((session) => ({
              value: session.id,
              label: `${session.name} (${tStatus(session.status)})`,
            }))}
            onChange={(value) => {
              setSessionId(value);
              setGroupId("");
            }}
          />
          <SelectField
            id="wa-test-recipient-type"
            label={t("recipientType")}
            value={recipientType}
            options={[
              { value: "contact", label: t("toNumber") },
              { value: "group", label: t("toGroup") },
            ]}
            onChange={(value) => setRecipientType(value as RecipientType)}
          />
          {recipientType === "contact" ? (
            <PhoneInput
              id="wa-test-phone"
              label={t("phone")}
              hint={t("phoneHint")}
              value={phone}
              error={phoneError}
              onChange={setPhone}
            />
          ) : (
            <SelectField
              id="wa-test-group"
              label={t("group")}
              value={groupId}
              emptyLabel={sessionGroups.length === 0 ? t("noGroups") : t("chooseGroup")}
              options={sessionGroups.map((group) => ({ value: group.id, label: group.name }))}
              error={groupError}
              onChange={setGroupId}
            />
          )}
        </div>
        <FormField id="wa-test-body" label={t("body")} error={bodyError}>
          {(control) => (
            <textarea
              {...control}
              dir="auto"
              rows={3}
              maxLength={4096}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              className={inputClass}
            />
          )}
        </FormField>
        <div aria-live="polite" className="empty:hidden">
          {otherError && <Alert tone="error">{errorMessage(send.error)}</Alert>}
          {send.isSuccess && (
            <Alert tone="success">
              {t.rich("queued", {
                recipient: send.data.recipient,
                ltr,
              })}
            </Alert>
          )}
        </div>
        <button type="submit" className={buttonClass("primary")} disabled={send.isPending}>
          {send.isPending ? t("sending") : t("submit")}
        </button>
      </form>
    </Card>
  );
}
