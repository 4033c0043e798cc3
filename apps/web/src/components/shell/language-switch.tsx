"use client";

import { useMutation } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { useTRPC } from "@/trpc/react";

const otherLocale: Record<AppLocale, AppLocale> = { en: "ar", ar: "en" };

/**
 * Opens the same page in the other language. The link sets the locale cookie; a signed-in
 * person's choice is also saved to their profile.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("language");
  const target = otherLocale[useLocale()];
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  const trpc = useTRPC();
  const saveLocale = useMutation(trpc.me.setLocale.mutationOptions());
  return (
    <Link
      href={{ pathname, query }}
      locale={target}
      hrefLang={target}
      onClick={() => signedIn && saveLocale.mutate({ locale: target })}
      className="inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        className="size-4 text-slate-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <circle cx="10" cy="10" r="7.25" />
        <path d="M2.75 10h14.5M10 2.75c2 2.1 2.9 4.5 2.9 7.25S12 15.15 10 17.25C8 15.15 7.1 12.75 7.1 10S8 4.85 10 2.75Z" />
      </svg>
      <span lang={target}>{t(target)}</span>
      <span className="sr-only">{t("switchHint")}</span>
    </Link>
  );
}
