"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { useTRPC } from "@/trpc/react";
import { TemplateButton } from "./template-button";
import { templateName } from "./template-name";

/** The wording of each announcement, in both languages; the built-in one until the organisation writes its own. */
export function TemplatesCard() {
  const t = useTranslations("whatsapp.templates");
  const trpc = useTRPC();
  const templates = useQuery(trpc.whatsapp.templates.list.queryOptions());
  const body = (
    <QueryView query={templates} loadFailed={t("loadFailed")}>
      {(list) => (
        <ul className="divide-y divide-slate-100">
          {list.map((template) => (
            <li
              key={template.key}
              data-testid="wa-template"
              className="flex flex-wrap items-center justify-between gap-3 py-3"
            >
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{t(`names.${templateName(template.key)}`)}</p>
                <p className="text-sm text-slate-500">{t(`hints.${templateName(template.key)}`)}</p>
              </div>
              <div className="flex items-center gap-3">
                <Badge tone={template.isDefault ? "slate" : "blue"}>
                  {template.isDefault ? t("builtIn") : t("own")}
                </Badge>
                <TemplateButton template={template} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </QueryView>
  );
  return (
    <Card title={t("title")}>
      <p className="mb-2 text-sm text-slate-600">{t("body")}</p>
      {body}
    </Card>
  );
}
