"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

export type NavItem =
  | "home"
  | "calendar"
  | "tasks"
  | "myTasks"
  | "categories"
  | "departments"
  | "users"
  | "mailbox"
  | "whatsapp"
  | "system";

const hrefs: Record<NavItem, string> = {
  home: "/",
  calendar: "/calendar",
  tasks: "/tasks",
  myTasks: "/tasks/mine",
  categories: "/categories",
  departments: "/departments",
  mailbox: "/mailbox",
  users: "/users",
  whatsapp: "/whatsapp",
  system: "/system",
};

export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const matches = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  // The most specific entry is the current one: My tasks, not Tasks, on /tasks/mine.
  const currentItem = items
    .filter((item) => matches(hrefs[item]))
    .sort((a, b) => hrefs[b].length - hrefs[a].length)[0];
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap">
        {items.map((item) => {
          const href = hrefs[item];
          const current = item === currentItem;
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
