import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Viewer } from "@/server/viewer";
import { Brand } from "./brand";
import { CollapsibleMenu } from "./collapsible-menu";
import { LanguageSwitch } from "./language-switch";
import { NavGroups } from "./nav-groups";
import type { NavGroup } from "./navigation";
import { type Organisation, UserMenu } from "./user-menu";

/** The top bar: the brand, what stays at hand on every page, and the folded navigation below lg. */
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
      <div className="flex flex-wrap items-center gap-2 px-4 py-3">
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
        <CollapsibleMenu>
          <NavGroups groups={navigation} />
        </CollapsibleMenu>
      </div>
    </header>
  );
}
