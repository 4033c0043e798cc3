import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Brand } from "@/components/shell/brand";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Link } from "@/i18n/navigation";
import { isAppLocale } from "@/i18n/routing";
import { getViewer } from "@/server/viewer";

/** The public calendar's own frame: no navigation of the staff app, open without signing in. */
export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  const [t, viewer] = await Promise.all([getTranslations("publicCalendar"), getViewer().catch(() => null)]);
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Brand />
          <div className="flex items-center gap-2">
            <LanguageSwitch signedIn={viewer !== null} />
            <Link
              href={viewer ? "/calendar" : "/login"}
              className="rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
            >
              {viewer ? t("staffCalendar") : t("signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
