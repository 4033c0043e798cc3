import "@fontsource-variable/inter/wght.css";
import "@fontsource/ibm-plex-sans-arabic/arabic-400.css";
import "@fontsource/ibm-plex-sans-arabic/arabic-500.css";
import "@fontsource/ibm-plex-sans-arabic/arabic-600.css";
import "@fontsource/ibm-plex-sans-arabic/arabic-700.css";
import "../globals.css";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { directionOf, isAppLocale } from "@/i18n/routing";
import { TRPCReactProvider } from "@/trpc/react";

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!isAppLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "app" });
  return { title: { template: `%s · ${t("name")}`, default: t("name") }, description: t("tagline") };
}

export default async function LocaleLayout({ children, params }: Props) {
  // Rendered per request, never at build time: each page carries its own CSP nonce (proxy.ts).
  await connection();
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
