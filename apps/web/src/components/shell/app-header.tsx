import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Viewer } from "@/server/viewer";
import { Brand } from "./brand";
import { CollapsibleMenu } from "./collapsible-menu";
import { LanguageSwitch } from "./language-switch";
import { type NavItem, NavLinks } from "./nav-links";
import { type Organisation, UserMenu } from "./user-menu";

export function AppHeader({ viewer, organisations }: { viewer: Viewer; organisations: Organisation[] }) {
  const items: NavItem[] =
    viewer.role === "admin"
      ? [
          "home",
          "calendar",
          "tasks",
          "myTasks",
          "categories",
          "departments",
          "users",
          "mailbox",
          "whatsapp",
          "system",
        ]
      : ["home", "calendar", "tasks", "myTasks"];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Brand />
        {/* Outside the folding menu, so the bell shows on phones too; last in the row from md up. */}
        <div className="ms-auto md:order-last md:ms-0">
          <NotificationBell />
        </div>
        <CollapsibleMenu>
          <NavLinks items={items} />
          <div className="flex flex-col gap-2 md:flex-row md:items-center">
            <LanguageSwitch signedIn />
            <UserMenu
              name={viewer.name}
              email={viewer.email}
              role={viewer.role}
              orgId={viewer.orgId}
              organisations={organisations}
            />
          </div>
        </CollapsibleMenu>
      </div>
    </header>
  );
}
