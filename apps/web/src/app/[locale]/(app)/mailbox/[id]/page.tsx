import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MailboxMessage } from "@/components/mailbox/mailbox-message";
import { isAppLocale } from "@/i18n/routing";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");
  return { title: t("messageTitle") };
}

export default async function MailboxMessagePage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  const { locale, id } = await params;
  if (!isAppLocale(locale) || !uuid.test(id)) notFound();
  await requireCapability(locale, "mailbox.read");
  await prefetch(trpc.mailbox.get.queryOptions({ id }));
  return (
    <HydrateClient>
      <MailboxMessage id={id} />
    </HydrateClient>
  );
}
