import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireViewer } from "@/server/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

export default async function HomePage() {
  const locale = await getLocale();
  const [viewer, t] = await Promise.all([requireViewer(locale), getTranslations()]);
  // The organisation's name in the reader's language, or the other one marked as such.
  const ownName = locale === "ar" ? viewer.org.nameAr : viewer.org.nameEn;
  const otherName = locale === "ar" ? viewer.org.nameEn : viewer.org.nameAr;
  return (
    <>
      <PageHeader title={t("home.welcome", { name: viewer.name })} description={t("home.intro")} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("home.organisation")}>
          <p className="text-lg font-medium text-slate-900" data-testid="org-name">
            {ownName || (
              <>
                <span lang={locale === "ar" ? "en" : "ar"}>{otherName}</span>{" "}
                <span className="text-sm text-slate-500">({t("common.otherLanguage")})</span>
              </>
            )}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {t("home.timeZone")}: <bdi dir="ltr">{viewer.org.timeZone}</bdi>
          </p>
        </Card>
        <Card title={t("home.yourRole")}>
          <p className="text-lg font-medium text-slate-900">{t(`roles.${viewer.role}`)}</p>
          <p className="mt-1 text-sm text-slate-600">{t(`roleDescriptions.${viewer.role}`)}</p>
        </Card>
      </div>
      {viewer.role === "admin" && (
        <div className="mt-6 grid gap-4 sm:grid-cols-2">
          <Link
            href="/users"
            className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600"
          >
            <p className="font-semibold text-slate-900">{t("nav.users")}</p>
            <p className="mt-1 text-sm text-slate-600">{t("users.description")}</p>
          </Link>
          <Link
            href="/system"
            className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600"
          >
            <p className="font-semibold text-slate-900">{t("nav.system")}</p>
            <p className="mt-1 text-sm text-slate-600">{t("system.description")}</p>
          </Link>
        </div>
      )}
    </>
  );
}
