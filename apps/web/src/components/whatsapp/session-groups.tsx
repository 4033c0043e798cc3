"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { waAnnouncementAudiences } from "@taqweem/db/schema";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { WaGroup, WaGroupList, WaSessionView } from "./types";

const languages = ["en", "ar"] as const;

/** The groups this number belongs to, which of them get announcements, and a way to fetch them again. */
export function SessionGroups({ session }: { session: WaSessionView }) {
  const t = useTranslations("whatsapp.groups");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const groups = useQuery(trpc.whatsapp.groups.list.queryOptions());
  const sync = useMutation(trpc.whatsapp.groups.sync.mutationOptions());
  const own = groups.data?.groups.filter((group) => group.sessionId === session.id) ?? [];
  const connected = session.status === "connected";
  if (!connected && own.length === 0) return null;
  return (
    <section aria-labelledby={`wa-groups-${session.id}`} data-testid="session-groups">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 id={`wa-groups-${session.id}`} className="font-medium text-slate-900">
            {t("title")}
          </h3>
          <p className="text-xs text-slate-500">
            {session.groupsSyncedAt
              ? t("syncedAt", { at: format.dateTime(session.groupsSyncedAt, "dateTime") })
              : t("neverSynced")}
          </p>
        </div>
        <button
          type="button"
          className={buttonClass("secondary", "sm")}
          disabled={!connected || sync.isPending}
          onClick={() => sync.mutate({ sessionId: session.id })}
        >
          {t("sync")}
        </button>
      </div>
      <div aria-live="polite" className="mt-2 empty:hidden">
        {sync.isSuccess && <p className="text-xs text-slate-600">{t("syncRequested")}</p>}
        {sync.isError && <Alert tone="error">{errorMessage(sync.error)}</Alert>}
      </div>
      {own.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-500">
          {groups.isError ? errorMessage(groups.error) : t("empty")}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200">
          {own.map((group) => (
            <GroupRow key={group.id} group={group} announcement={groups.data!.announcement} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupRow({ group, announcement }: { group: WaGroup; announcement: WaGroupList["announcement"] }) {
  const t = useTranslations("whatsapp.groups");
  const tAnnouncements = useTranslations("whatsapp.announcements");
  const tLanguage = useTranslations("planning.languageNames");
  return (
    <li
      data-testid="wa-group"
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2"
    >
      <span className="min-w-0 font-medium break-words text-slate-900" dir="auto">
        {group.name}
      </span>
      <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        {waAnnouncementAudiences.flatMap((audience) =>
          languages
            .filter((language) => announcement[audience][language] === group.id)
            .map((language) => (
              <Badge key={`${audience}-${language}`} tone="green">
                {t("announces", {
                  audience: tAnnouncements(`audienceNames.${audience}`),
                  language: tLanguage(language),
                })}
              </Badge>
            )),
        )}
        {group.announceOnly && <Badge tone="slate">{t("adminsOnly")}</Badge>}
        <span data-testid="wa-group-members">{t("members", { count: group.participantCount })}</span>
      </span>
    </li>
  );
}
