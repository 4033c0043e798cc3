import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Viewer } from "@/server/viewer";
import { Brand } from "./brand";
import { LanguageSwitch } from "./language-switch";
import { NavDrawer } from "./nav-drawer";
import type { NavGroup } from "./navigation";
import { type Organisation, UserMenu } from "./user-menu";

/** The top bar: the drawer's button (below lg), the brand, and what stays at hand on every page. */
export function AppHeader({
  viewer,
  organisations,
  navigation,
}: {
  viewer: Viewer;
  organisations: Organisation[];
  navigation: NavGroup[];
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="flex items-center gap-2 px-4 py-3">
        <NavDrawer groups={navigation} />
        <Brand />
        <div className="ms-auto flex items-center gap-1 sm:gap-2">
          <NotificationBell />
          <LanguageSwitch signedIn />
          <UserMenu
            name={viewer.name}
            email={viewer.email}
            role={viewer.role}
            orgId={viewer.orgId}
            organisations={organisations}
          />
        </div>
      </div>
    </header>
  );
}
