"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { currentItem, homeItem, type NavGroup, type NavItem } from "./navigation";

/**
 * The main navigation as a column: Home, then one headed list per group. Used by the sidebar and
 * by the drawer; `onNavigate` lets the drawer close when a link is followed.
 */
export function NavGroups({ groups, onNavigate }: { groups: NavGroup[]; onNavigate?: () => void }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const current = currentItem([homeItem, ...groups.flatMap((group) => group.items)], pathname);
  const link = (item: NavItem) => (
    <li key={item.key}>
      <Link
        href={item.href}
        onClick={onNavigate}
        aria-current={item.key === current ? "page" : undefined}
        className={`block truncate rounded-lg px-3 py-2 text-sm font-medium ${
          item.key === current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"
        }`}
      >
        {t(item.key)}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("label")} className="space-y-4">
      <ul>{link(homeItem)}</ul>
      {groups.map((group) => (
        <Group key={group.key} title={t(`groups.${group.key}`)}>
          {group.items.map(link)}
        </Group>
      ))}
    </nav>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div>
      <h2 id={id} className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {title}
      </h2>
      <ul aria-labelledby={id} className="space-y-0.5">
        {children}
      </ul>
    </div>
  );
}
