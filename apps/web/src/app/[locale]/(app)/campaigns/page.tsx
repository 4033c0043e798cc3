import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { CampaignsList } from "./campaigns-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns");
  return { title: t("title") };
}

export default async function CampaignsPage() {
  await requireCapability(await getLocale(), "campaigns.read");
  const t = await getTranslations("campaigns");
  await prefetch(trpc.campaigns.list.queryOptions({}));
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <CampaignsList />
    </HydrateClient>
  );
}
