"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

export type NavItem = "home" | "users" | "system";

const hrefs: Record<NavItem, string> = { home: "/", users: "/users", system: "/system" };

export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-col gap-1 md:flex-row">
        {items.map((item) => {
          const href = hrefs[item];
          const current = href === "/" ? pathname === "/" : pathname.startsWith(href);
          return (
            <li key={item}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-lg px-3 py-2 text-sm font-medium ${
                  current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {t(item)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
