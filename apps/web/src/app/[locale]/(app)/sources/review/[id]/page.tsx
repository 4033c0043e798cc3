import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StagedView } from "@/components/sources/staged/staged-view";
import { isAppLocale } from "@/i18n/routing";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sources.staged");
  return { title: t("title") };
}

export default async function StagedEventPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isAppLocale(locale) || !uuid.test(id)) notFound();
  const viewer = await requireCapability(locale, "sources.review");
  await prefetch(trpc.sources.staged.queryOptions({ id }));
  return (
    <HydrateClient>
      <StagedView id={id} timeZone={viewer.org.timeZone} />
    </HydrateClient>
  );
}
