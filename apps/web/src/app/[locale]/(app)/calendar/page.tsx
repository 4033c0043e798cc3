import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { eventChoices } from "@/server/event-choices";
import { requireViewer } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { CalendarScreen } from "./calendar-screen";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

export default async function CalendarPage() {
  const viewer = await requireViewer(await getLocale());
  // The grid's events depend on the visible range, which only the browser knows; the legend and
  // filters come with the page.
  await Promise.all([
    prefetch(trpc.categories.list.queryOptions()),
    prefetch(trpc.departments.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <CalendarScreen
        timeZone={viewer.org.timeZone}
        choices={eventChoices}
        canEdit={viewer.capabilities.includes("events.edit")}
      />
    </HydrateClient>
  );
}
