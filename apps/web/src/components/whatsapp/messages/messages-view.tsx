"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { StreamBadge } from "@/components/ui/stream-badge";
import { useTRPC } from "@/trpc/react";
import { SimulatorNotice } from "../simulator-notice";
import { useWhatsAppEvents } from "../use-whatsapp-events";
import { MessageList } from "./message-list";
import { TestSendForm } from "./test-send-form";

/** The messages page: a test send, and every message with its status as it changes. */
export function MessagesView() {
  const t = useTranslations("whatsapp");
  const trpc = useTRPC();
  const stream = useWhatsAppEvents();
  const sessions = useQuery(trpc.whatsapp.sessions.list.queryOptions());
  return (
    <>
      <div className="mb-3">
        <BackLink href="/whatsapp">{t("title")}</BackLink>
      </div>
      <PageHeader
        title={t("messages.title")}
        description={t("messages.description")}
        actions={<StreamBadge status={stream} />}
      />
      <div className="space-y-6">
        <SimulatorNotice sessions={sessions.data ?? []} />
        {sessions.data && <TestSendForm sessions={sessions.data} />}
        <MessageList />
      </div>
    </>
  );
}
