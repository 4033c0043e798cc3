import { NavGroups } from "./nav-groups";
import type { NavGroup } from "./navigation";

/** The navigation beside the page on wide screens; phones get the drawer instead. */
export function Sidebar({ groups }: { groups: NavGroup[] }) {
  return (
    <div className="hidden w-60 shrink-0 border-e border-slate-200 bg-white lg:block">
      <div className="sticky top-0 max-h-dvh overflow-y-auto px-3 py-5">
        <NavGroups groups={groups} />
      </div>
    </div>
  );
}
