import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { WhatsAppView } from "@/components/whatsapp/whatsapp-view";
import { requireCapability } from "@/server/viewer";
import { pacingRules } from "@/server/wa-pacing";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("whatsapp");
  return { title: t("title") };
}

export default async function WhatsAppPage() {
  await requireCapability(await getLocale(), "whatsapp.manage");
  await Promise.all([
    prefetch(trpc.whatsapp.sessions.list.queryOptions()),
    prefetch(trpc.whatsapp.groups.list.queryOptions()),
    prefetch(trpc.whatsapp.templates.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <WhatsAppView pacingRules={pacingRules()} />
    </HydrateClient>
  );
}
