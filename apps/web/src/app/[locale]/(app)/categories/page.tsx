import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { CategoriesManager } from "./categories-manager";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categories");
  return { title: t("title") };
}

export default async function CategoriesPage() {
  await requireCapability(await getLocale(), "categories.manage");
  const t = await getTranslations("categories");
  await prefetch(trpc.categories.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <CategoriesManager />
    </HydrateClient>
  );
}
