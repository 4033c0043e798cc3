import type { Role } from "@taqweem/db/schema";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Ltr } from "@/components/ui/ltr";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { localized } from "@/lib/bilingual";
import { signOutAction } from "@/server/actions/sign-out";
import { SwitchOrganisation } from "./switch-organisation";

export interface Organisation {
  id: string;
  nameEn: string;
  nameAr: string;
}

interface Props {
  name: string;
  email: string;
  role: Role;
  orgId: string;
  /** Every organisation the user belongs to; a switch shows when there is more than one. */
  organisations: Organisation[];
}

/** Who is signed in, as what, in which organisation; their password and the way out. */
export function UserMenu({ name, email, role, orgId, organisations }: Props) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const others = organisations.filter((organisation) => organisation.id !== orgId);
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden
          className="grid size-7 place-items-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700"
        >
          {name.trim().charAt(0).toUpperCase()}
        </span>
        <span className="hidden font-medium text-slate-900 sm:inline">{name}</span>
        <span className="sr-only">{t("userMenu.open")}</span>
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="size-4 text-slate-500 group-open:rotate-180"
          fill="currentColor"
        >
          <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
        </svg>
      </summary>
      <div className="absolute end-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-xl border border-slate-200 bg-white p-4 shadow-lg">
        <p className="font-medium text-slate-900">{name}</p>
        <p className="truncate text-sm text-slate-600">
          <Ltr>{email}</Ltr>
        </p>
        <p className="mt-2 text-sm text-slate-600">
          {t("userMenu.role")}: <span data-testid="user-role">{t(`roles.${role}`)}</span>
        </p>
        {others.length > 0 && (
          <div className="mt-4 space-y-2">
            <p className="text-xs font-medium text-slate-500">{t("userMenu.organisations")}</p>
            {others.map((organisation) => (
              <SwitchOrganisation
                key={organisation.id}
                orgId={organisation.id}
                label={t("userMenu.switchTo", {
                  org: localized(organisation.nameEn, organisation.nameAr, locale)?.text ?? "",
                })}
              />
            ))}
          </div>
        )}
        {/* No prefetch: its answer would renew the session cookie while "Sign out" beside it clears it. */}
        <Link href="/password" prefetch={false} className={`${buttonClass("secondary", "sm")} mt-4 w-full`}>
          {t("userMenu.changePassword")}
        </Link>
        <form action={signOutAction} className="mt-2">
          <button type="submit" className={`${buttonClass("secondary", "sm")} w-full`}>
            {t("userMenu.signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
