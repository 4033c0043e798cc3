import { buttonClass } from "@/components/ui/button";
import { switchOrganisationAction } from "@/server/actions/switch-organisation";

/** A button that moves this session to another organisation of the user's. */
export function SwitchOrganisation({ orgId, label }: { orgId: string; label: string }) {
  return (
    <form action={switchOrganisationAction}>
      <input type="hidden" name="orgId" value={orgId} />
      <button type="submit" className={`${buttonClass("secondary", "sm")} w-full`}>
        {label}
      </button>
    </form>
  );
}
