import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MessagesView } from "@/components/whatsapp/messages/messages-view";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("whatsapp.messages");
  return { title: t("title") };
}

export default async function WhatsAppMessagesPage() {
  await requireCapability(await getLocale(), "whatsapp.manage");
  await Promise.all([
    prefetch(trpc.whatsapp.sessions.list.queryOptions()),
    prefetch(trpc.whatsapp.groups.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <MessagesView />
    </HydrateClient>
  );
}
