import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { PublicEventView } from "./public-event-view";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicCalendar");
  return { title: t("eventTitle") };
}

export default async function PublicEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuid.test(id)) notFound();
  await Promise.all([
    prefetch(trpc.publicCalendar.info.queryOptions()),
    prefetch(trpc.publicCalendar.event.queryOptions({ id })),
  ]);
  return (
    <HydrateClient>
      <PublicEventView id={id} />
    </HydrateClient>
  );
}
