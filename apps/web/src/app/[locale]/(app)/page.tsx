import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Dashboard } from "@/components/dashboard/dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/** Home: a dashboard of what is happening and what needs the reader, prefetched with the page. */
export default async function HomePage() {
  const locale = await getLocale();
  const [viewer, t] = await Promise.all([requireViewer(locale), getTranslations()]);
  const may = (action: (typeof viewer.capabilities)[number]) => viewer.capabilities.includes(action);
  await Promise.all([
    prefetch(trpc.me.get.queryOptions()),
    prefetch(trpc.dashboard.agenda.queryOptions()),
    prefetch(trpc.dashboard.myTasks.queryOptions()),
    prefetch(trpc.dashboard.eventsPerMonth.queryOptions()),
    ...(may("planning.overview")
      ? [
          prefetch(trpc.dashboard.overdueByDepartment.queryOptions()),
          prefetch(trpc.dashboard.unassignedEvents.queryOptions()),
        ]
      : []),
    ...(may("whatsapp.manage")
      ? [
          prefetch(trpc.dashboard.whatsappAttention.queryOptions()),
          prefetch(trpc.dashboard.failedWhatsApp.queryOptions()),
        ]
      : []),
    ...(may("mailbox.read") ? [prefetch(trpc.dashboard.failedEmails.queryOptions())] : []),
  ]);
  // The organisation's name in the reader's language, or the other one marked as such.
  const ownName = locale === "ar" ? viewer.org.nameAr : viewer.org.nameEn;
  const otherName = locale === "ar" ? viewer.org.nameEn : viewer.org.nameAr;
  return (
    <HydrateClient>
      <PageHeader title={t("home.welcome", { name: viewer.name })} description={t("home.intro")} />
      <p className="-mt-4 mb-2 font-medium text-slate-900" data-testid="org-name">
        {ownName || (
          <>
            <span lang={locale === "ar" ? "en" : "ar"}>{otherName}</span>{" "}
            <span className="text-sm text-slate-500">({t("common.otherLanguage")})</span>
          </>
        )}
      </p>
      <Dashboard timeZone={viewer.org.timeZone} />
    </HydrateClient>
  );
}
