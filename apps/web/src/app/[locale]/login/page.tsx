import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/shell/brand";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { isAppLocale } from "@/i18n/routing";
import { callbackPath } from "@/lib/callback-url";
import { isLoginError } from "@/lib/login-errors";
import { getViewer } from "@/server/viewer";
import { LoginForm } from "./login-form";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; code?: string | string[] }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  if (!isAppLocale(locale)) notFound();
  const callbackUrl = typeof query.callbackUrl === "string" ? query.callbackUrl : "";
  // Someone already signed in has nothing to do here.
  if (await getViewer()) redirect(callbackPath(callbackUrl, locale));
  const t = await getTranslations("login");
  // Auth.js sends failed sign-ins made outside this form here with ?code=...
  const initialError = isLoginError(query.code) ? query.code : null;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between px-4 py-4">
        <Brand />
        <LanguageSwitch signedIn={false} />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:pt-16">
        <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{t("subtitle")}</p>
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        </div>
      </main>
    </div>
  );
}
