"use client";

import { looksLikePhone } from "@taqweem/db/whatsapp-addresses";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { hasErrorKey } from "@/trpc/api-error";
import { useErrorMessage } from "@/trpc/use-error-message";
import { PhoneInput } from "../phone-input";
import { useLinkSession } from "./use-link-session";

/** Links by pairing code: WhatsApp sends a code for this number, to type in on the phone. */
export function PairingForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("whatsapp.link");
  const tErrors = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const link = useLinkSession();
  const [phone, setPhone] = useState("");
  const [checked, setChecked] = useState(false);
  const invalidHere = checked && !looksLikePhone(phone);
  const refused = hasErrorKey(link.error, "errors.waInvalidPhone");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (looksLikePhone(phone)) link.mutate({ sessionId, method: "pairing", phone });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <PhoneInput
        id={`wa-pairing-phone-${sessionId}`}
        label={t("phone")}
        hint={t("phoneHint")}
        value={phone}
        error={invalidHere || refused ? tErrors("waInvalidPhone") : undefined}
        onChange={setPhone}
        className="max-w-sm"
      />
      <button type="submit" className={buttonClass("primary", "sm")} disabled={link.isPending}>
        {t("getCode")}
      </button>
      {link.isError && !refused && <Alert tone="error">{errorMessage(link.error)}</Alert>}
    </form>
  );
}
