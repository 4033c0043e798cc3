import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { TemplatesEditor } from "./templates-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.templates");
  return { title: t("title") };
}

export default async function CampaignTemplatesPage() {
  await requireCapability(await getLocale(), "campaigns.read");
  const t = await getTranslations("campaigns.templates");
  await prefetch(trpc.campaigns.templates.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <TemplatesEditor />
    </HydrateClient>
  );
}
