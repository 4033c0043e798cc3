import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactsView } from "@/components/contacts/contacts-view";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contacts");
  return { title: t("title") };
}

export default async function ContactsPage() {
  await requireCapability(await getLocale(), "contacts.read");
  await Promise.all([
    prefetch(trpc.contacts.lists.list.queryOptions()),
    prefetch(trpc.contacts.segments.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ContactsView />
    </HydrateClient>
  );
}
