import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isAppLocale } from "@/i18n/routing";
import { eventChoices } from "@/server/event-choices";
import { requireViewer } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { EventScreen } from "./event-screen";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("event.page");
  return { title: t("title") };
}

export default async function EventPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isAppLocale(locale) || !uuid.test(id)) notFound();
  const viewer = await requireViewer(locale);
  await Promise.all([
    prefetch(trpc.events.get.queryOptions({ id })),
    prefetch(trpc.events.history.queryOptions({ id })),
    prefetch(trpc.categories.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <EventScreen
        id={id}
        timeZone={viewer.org.timeZone}
        choices={eventChoices}
        canEdit={viewer.capabilities.includes("events.edit")}
      />
    </HydrateClient>
  );
}
