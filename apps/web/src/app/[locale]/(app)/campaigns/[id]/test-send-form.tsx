"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ContactPicker, type PickedContact } from "@/components/contacts/contact-picker";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass, labelClass } from "@/components/ui/field";
import { Ltr } from "@/components/ui/ltr";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

/** Sends the campaign's message to any number, with the sample contact's values or a chosen contact's, before it starts. */
export function TestSendForm({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.test");
  const locale = useLocale();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [phone, setPhone] = useState("");
  const [language, setLanguage] = useState<"en" | "ar">(locale === "ar" ? "ar" : "en");
  const [valuesOf, setValuesOf] = useState<PickedContact[]>([]);
  const send = useMutation(trpc.campaigns.testSend.mutationOptions());
  return (
    <Card title={t("title")}>
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          send.mutate({ campaignId, phone, language, contactId: valuesOf[0]?.id });
        }}
      >
        <label className={labelClass}>
          {t("phone")}
          <input
            className={inputClass}
            dir="ltr"
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            required
          />
        </label>
        <label className={labelClass}>
          {t("language")}
          <select
            className={inputClass}
            value={language}
            onChange={(e) => setLanguage(e.target.value as "en" | "ar")}
          >
            <option value="en">English</option>
            <option value="ar" lang="ar">
              العربية
            </option>
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")} disabled={send.isPending}>
          {t("send")}
        </button>
      </form>
      <div className="mt-4">
        <ContactPicker
          legend={t("valuesOf")}
          picked={valuesOf}
          single
          emptyLabel={t("sampleValues")}
          onChange={setValuesOf}
        />
      </div>
      <p className="mt-2 text-sm text-slate-500">{t("hint")}</p>
      {send.data && (
        <div className="mt-3">
          <Alert tone="success">
            {t.rich("queued", { phone: send.data.recipient, ltr: (chunks) => <Ltr>{chunks}</Ltr> })}
          </Alert>
        </div>
      )}
      {send.isError && (
        <div className="mt-3">
          <Alert tone="error">{errorMessage(send.error)}</Alert>
        </div>
      )}
    </Card>
  );
}
