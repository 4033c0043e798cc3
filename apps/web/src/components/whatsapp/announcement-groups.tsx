"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Locale, waAnnouncementAudiences } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";

const languages: Locale[] = ["en", "ar"];

/**
 * Which group gets event announcements for each audience (staff or public) and language (one
 * group may take both languages). Internal events go to staff groups only.
 */
export function AnnouncementGroups() {
  const t = useTranslations("whatsapp.announcements");
  const tLanguage = useTranslations("planning.languageNames");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.whatsapp.groups.list.queryOptions());
  const choose = useMutation(
    trpc.whatsapp.groups.setAnnouncementGroup.mutationOptions({
      onSuccess: ({ audience, language, groupId }) =>
        queryClient.setQueryData(trpc.whatsapp.groups.list.queryKey(), (list) =>
          list
            ? {
                ...list,
                announcement: {
                  ...list.announcement,
                  [audience]: { ...list.announcement[audience], [language]: groupId },
                },
              }
            : list,
        ),
    }),
  );

  return (
    <Card title={t("title")}>
      <QueryView query={groups} loadFailed={t("loadFailed")}>
        {({ groups: list, announcement }) => {
          const options = list.map((group) => ({
            value: group.id,
            label: t("option", { group: group.name, session: group.sessionName }),
          }));
          return (
            <div className="space-y-4">
              <p className="text-sm text-slate-600">{t("body")}</p>
              {options.length === 0 ? (
                <Alert tone="info">{t("noGroups")}</Alert>
              ) : (
                waAnnouncementAudiences.map((audience) => (
                  <fieldset key={audience} className="space-y-2">
                    <legend className="text-sm font-medium text-slate-800">
                      {t(`audienceNames.${audience}`)}
                    </legend>
                    <p className="text-xs text-slate-500">{t(`audienceHints.${audience}`)}</p>
                    <div className="grid gap-4 sm:grid-cols-2">
                      {languages.map((language) => (
                        <SelectField
                          key={language}
                          id={`wa-announce-${audience}-${language}`}
                          label={t("label", {
                            audience: t(`audienceNames.${audience}`),
                            language: tLanguage(language),
                          })}
                          value={announcement[audience][language] ?? ""}
                          emptyLabel={t("none")}
                          options={options}
                          onChange={(groupId) =>
                            choose.mutate({ audience, language, groupId: groupId || null })
                          }
                        />
                      ))}
                    </div>
                  </fieldset>
                ))
              )}
              <div aria-live="polite" className="empty:hidden">
                {choose.isError && <Alert tone="error">{errorMessage(choose.error)}</Alert>}
                {choose.isSuccess && <p className="text-sm text-emerald-700">{t("saved")}</p>}
              </div>
            </div>
          );
        }}
      </QueryView>
    </Card>
  );
}
