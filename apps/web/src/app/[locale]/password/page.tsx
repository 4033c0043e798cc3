import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/shell/brand";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { isAppLocale } from "@/i18n/routing";
import { signOutAction } from "@/server/actions/sign-out";
import { getViewer } from "@/server/viewer";
import { PasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("password");
  return { title: t("title") };
}

/**
 * Outside the app's layout on purpose: someone signed in with a one-time password is sent here
 * and can do nothing else (or sign out) until they have chosen their own.
 */
interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ changed?: string | string[] }>;
}

export default async function PasswordPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  if (!isAppLocale(locale)) notFound();
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login`);
  const t = await getTranslations();
  const forced = viewer.mustChangePassword;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between px-4 py-4">
        <Brand />
        <LanguageSwitch signedIn />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:pt-16">
        <div className="w-full max-w-sm space-y-6">
          {!forced && <BackLink href="/">{t("password.back")}</BackLink>}
          <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
            <h1 className="text-xl font-semibold text-slate-900">
              {forced ? t("password.forcedTitle") : t("password.title")}
            </h1>
            <p className="mt-1 mb-6 text-sm text-slate-600">
              {forced ? t("password.forcedBody") : t("password.description")}
            </p>
            {query.changed === "1" && !forced && (
              <div className="mb-5">
                <Alert tone="success">{t("password.changed")}</Alert>
              </div>
            )}
            <PasswordForm />
          </div>
          {forced && (
            <form action={signOutAction}>
              <button type="submit" className={`${buttonClass("secondary", "sm")} w-full`}>
                {t("userMenu.signOut")}
              </button>
            </form>
          )}
        </div>
      </main>
    </div>
  );
}
