import { workerKinds } from "@taqweem/db/schema";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { SystemView } from "./system-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("system");
  return { title: t("title") };
}

export default async function SystemPage() {
  await requireCapability(await getLocale(), "system.monitor");
  await prefetch(trpc.system.overview.queryOptions());
  return (
    <HydrateClient>
      <SystemView kinds={[...workerKinds]} />
    </HydrateClient>
  );
}
