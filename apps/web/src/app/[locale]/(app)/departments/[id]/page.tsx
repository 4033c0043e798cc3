import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TemplatesManager } from "@/components/planning/templates/templates-manager";
import { isAppLocale } from "@/i18n/routing";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates");
  return { title: t("title") };
}

export default async function DepartmentTemplatesPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const { locale, id } = await params;
  if (!isAppLocale(locale) || !uuid.test(id)) notFound();
  await requireCapability(locale, "departments.manage");
  await Promise.all([
    prefetch(trpc.departments.list.queryOptions()),
    prefetch(trpc.taskTemplates.list.queryOptions({ departmentId: id })),
  ]);
  return (
    <HydrateClient>
      <TemplatesManager departmentId={id} />
    </HydrateClient>
  );
}
