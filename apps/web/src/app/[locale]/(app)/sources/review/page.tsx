import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReviewList } from "@/components/sources/review-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources.review");
  return { title: t("title") };
}

export default async function SourcesReviewPage() {
  const viewer = await requireCapability(await getLocale(), "sources.review");
  const t = await getTranslations("sources.review");
  await prefetch(trpc.sources.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <ReviewList timeZone={viewer.org.timeZone} />
    </HydrateClient>
  );
}
