import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactScreen } from "@/components/contacts/contact-screen";
import { isAppLocale } from "@/i18n/routing";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contacts.detail");
  return { title: t("title") };
}

export default async function ContactPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isAppLocale(locale) || !uuid.test(id)) notFound();
  await requireCapability(locale, "contacts.read");
  await prefetch(trpc.contacts.get.queryOptions({ id }));
  return (
    <HydrateClient>
      <ContactScreen id={id} />
    </HydrateClient>
  );
}
