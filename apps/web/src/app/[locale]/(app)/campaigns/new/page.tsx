import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { CampaignForm } from "../campaign-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.form");
  return { title: t("title") };
}

export default async function NewCampaignPage() {
  await requireCapability(await getLocale(), "campaigns.manage");
  const t = await getTranslations("campaigns");
  await prefetch(trpc.campaigns.options.queryOptions());
  return (
    <HydrateClient>
      <BackLink href="/campaigns">{t("back")}</BackLink>
      <PageHeader title={t("form.title")} description={t("form.description")} />
      <CampaignForm />
    </HydrateClient>
  );
}
