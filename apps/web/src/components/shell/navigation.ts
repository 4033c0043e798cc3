import type { Action } from "@taqweem/api/permissions";

export type NavItemKey =
  | "home"
  | "calendar"
  | "tasks"
  | "myTasks"
  | "whatsapp"
  | "sources"
  | "review"
  | "contacts"
  | "campaigns"
  | "users"
  | "departments"
  | "categories"
  | "mailbox"
  | "system";

export type NavGroupKey = "plan" | "outreach" | "sources" | "administration";

export interface NavItem {
  key: NavItemKey;
  href: string;
  /** The action a person needs to see the item; none means everyone who is signed in. */
  needs?: Action;
}

export interface NavGroup {
  key: NavGroupKey;
  items: NavItem[];
}

/** Above the groups, for everyone. */
export const homeItem: NavItem = { key: "home", href: "/" };

/**
 * The app's pages grouped by what people do, each with the action it needs: the one place that
 * decides who sees which entry.
 */
const groups: NavGroup[] = [
  {
    key: "plan",
    items: [
      { key: "calendar", href: "/calendar" },
      { key: "tasks", href: "/tasks" },
      { key: "myTasks", href: "/tasks/mine" },
    ],
  },
  {
    key: "outreach",
    items: [
      { key: "whatsapp", href: "/whatsapp", needs: "whatsapp.manage" },
      { key: "contacts", href: "/contacts", needs: "contacts.read" },
      { key: "campaigns", href: "/campaigns", needs: "campaigns.read" },
    ],
  },
  {
    key: "sources",
    items: [
      { key: "review", href: "/sources/review", needs: "sources.review" },
      { key: "sources", href: "/sources", needs: "sources.review" },
    ],
  },
  {
    key: "administration",
    items: [
      { key: "users", href: "/users", needs: "users.manage" },
      { key: "departments", href: "/departments", needs: "departments.manage" },
      { key: "categories", href: "/categories", needs: "categories.manage" },
      { key: "mailbox", href: "/mailbox", needs: "mailbox.read" },
      { key: "system", href: "/system", needs: "system.monitor" },
    ],
  },
];

/** The groups as this person sees them: only items their capabilities allow, no empty group. */
export function navigationFor(capabilities: readonly Action[]): NavGroup[] {
  return groups
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => !item.needs || capabilities.includes(item.needs)),
    }))
    .filter((group) => group.items.length > 0);
}

/** The entry for the page at `pathname`: the most specific match, so My tasks, not Tasks, on /tasks/mine. */
export function currentItem(items: NavItem[], pathname: string): NavItemKey | undefined {
  const matches = ({ href }: NavItem) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return items.filter(matches).sort((a, b) => b.href.length - a.href.length)[0]?.key;
}
