"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StreamBadge } from "@/components/ui/stream-badge";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { AnnouncementGroups } from "./announcement-groups";
import { CreateSessionButton } from "./create-session-button";
import type { PacingRules } from "./pacing/pacing-values";
import { SessionList } from "./session-list";
import { SimulatorNotice } from "./simulator-notice";
import { TemplatesCard } from "./templates/templates-card";
import { useWhatsAppEvents } from "./use-whatsapp-events";

/** The WhatsApp page: linked numbers (live), where announcements go, and their wording. */
export function WhatsAppView({ pacingRules }: { pacingRules: PacingRules }) {
  const t = useTranslations("whatsapp");
  const trpc = useTRPC();
  const stream = useWhatsAppEvents();
  const sessions = useQuery(trpc.whatsapp.sessions.list.queryOptions());
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <StreamBadge status={stream} />
            <Link href="/whatsapp/messages" className={buttonClass("secondary")}>
              {t("messages.title")}
            </Link>
            <CreateSessionButton />
          </div>
        }
      />
      <div className="space-y-6">
        <SimulatorNotice sessions={sessions.data ?? []} />
        <SessionList pacingRules={pacingRules} />
        <AnnouncementGroups />
        <TemplatesCard />
      </div>
    </>
  );
}
