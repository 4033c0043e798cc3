import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SourcesView } from "@/components/sources/sources-view";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources");
  return { title: t("title") };
}

export default async function SourcesPage() {
  const viewer = await requireCapability(await getLocale(), "sources.review");
  await prefetch(trpc.sources.list.queryOptions());
  return (
    <HydrateClient>
      <SourcesView canManage={viewer.capabilities.includes("sources.manage")} />
    </HydrateClient>
  );
}
