import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { eventChoices } from "@/server/event-choices";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { PublicCalendarScreen } from "./public-calendar-screen";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicCalendar");
  return { title: t("title") };
}

export default async function PublicCalendarPage() {
  await prefetch(trpc.publicCalendar.info.queryOptions());
  return (
    <HydrateClient>
      <PublicCalendarScreen choices={eventChoices} />
    </HydrateClient>
  );
}
