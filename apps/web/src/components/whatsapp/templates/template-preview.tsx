"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Locale, WaTemplateKey } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

/** The announcement as the group would read it, with a sample event, following the wording as it is typed. */
export function TemplatePreview({
  templateKey,
  bodyEn,
  bodyAr,
}: {
  templateKey: WaTemplateKey;
  bodyEn: string;
  bodyAr: string;
}) {
  const t = useTranslations("whatsapp.templates");
  const tLanguage = useTranslations("planning.languageNames");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const input = {
    key: templateKey,
    bodyEn: useDebouncedValue(bodyEn.trim()),
    bodyAr: useDebouncedValue(bodyAr.trim()),
  };
  const complete = input.bodyEn !== "" && input.bodyAr !== "";
  const preview = useQuery(
    trpc.whatsapp.templates.preview.queryOptions(input, {
      enabled: complete,
      placeholderData: keepPreviousData,
    }),
  );
  let body: ReactNode;
  if (!complete) body = <p className="text-sm text-slate-500">{t("previewNeedsBoth")}</p>;
  else if (preview.isError) body = <p className="text-sm text-red-700">{errorMessage(preview.error)}</p>;
  else if (!preview.data) body = <p className="text-sm text-slate-500">{t("previewLoading")}</p>;
  else
    body = (
      <div className="grid gap-3 md:grid-cols-2">
        {(["en", "ar"] as Locale[]).map((language) => (
          <figure key={language} className="rounded-lg bg-emerald-50 p-3 ring-1 ring-emerald-100">
            <figcaption className="mb-1 text-xs font-medium text-emerald-800">
              {tLanguage(language)}
            </figcaption>
            <p
              lang={language}
              dir={language === "ar" ? "rtl" : "ltr"}
              data-testid={`wa-template-preview-${language}`}
              className="text-sm break-words whitespace-pre-line text-slate-900"
            >
              {preview.data[language]}
            </p>
          </figure>
        ))}
      </div>
    );
  return (
    <section aria-labelledby="wa-template-preview" aria-busy={preview.isFetching || undefined}>
      <h3 id="wa-template-preview" className="text-sm font-medium text-slate-800">
        {t("previewTitle")}
      </h3>
      <p className="mb-2 text-xs text-slate-500">{t("previewHint")}</p>
      {body}
    </section>
  );
}
