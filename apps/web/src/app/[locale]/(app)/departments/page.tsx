import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DepartmentsManager } from "@/components/planning/departments/departments-manager";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("departments");
  return { title: t("title") };
}

export default async function DepartmentsPage() {
  await requireCapability(await getLocale(), "departments.manage");
  await Promise.all([
    prefetch(trpc.departments.list.queryOptions()),
    prefetch(trpc.users.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <DepartmentsManager />
    </HydrateClient>
  );
}
