import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MailboxList } from "@/components/mailbox/mailbox-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");
  return { title: t("title") };
}

export default async function MailboxPage() {
  await requireCapability(await getLocale(), "mailbox.read");
  const t = await getTranslations("mailbox");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MailboxList />
    </>
  );
}
