"use client";

import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import type { Role } from "@taqweem/db/schema";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { cellClass } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";

type User = inferRouterOutputs<AppRouter>["users"]["list"][number];

interface Props {
  user: User;
  roles: Role[];
  /** Nobody changes their own role or deactivates themselves. */
  isSelf: boolean;
  busy: boolean;
  onRoleChange: (role: Role) => void;
  onActiveChange: (active: boolean) => void;
  onResetPassword: () => void;
}

export function UserRow({ user, roles, isSelf, busy, onRoleChange, onActiveChange, onResetPassword }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const active = user.deactivatedAt === null;
  return (
    <tr data-testid="user-row" aria-busy={busy || undefined} className={active ? "" : "bg-slate-50/60"}>
      <td className={`${cellClass} font-medium text-slate-900`}>
        {user.name}
        {isSelf && <span className="ms-2 text-xs font-normal text-slate-500">({t("users.you")})</span>}
      </td>
      <td className={`${cellClass} text-slate-700`}>
        <Ltr>{user.email}</Ltr>
      </td>
      <td className={cellClass}>
        {isSelf ? (
          t(`roles.${user.role}`)
        ) : (
          <select
            aria-label={t("users.changeRole", { name: user.name })}
            value={user.role}
            disabled={busy}
            onChange={(event) => onRoleChange(event.target.value as Role)}
            className="rounded-md border border-slate-300 bg-white py-1 ps-2 pe-8 text-sm"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </td>
      <td className={cellClass}>
        <Badge tone={active ? "green" : "slate"}>{active ? t("users.active") : t("users.deactivated")}</Badge>
      </td>
      <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
        {user.lastLoginAt ? format.dateTime(user.lastLoginAt, "dateTime") : t("users.never")}
      </td>
      <td className={`${cellClass} text-end`}>
        {!isSelf && (
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              disabled={busy}
              onClick={onResetPassword}
              className={buttonClass("secondary", "sm")}
            >
              {t("users.resetPassword")}
              <span className="sr-only"> {user.name}</span>
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => onActiveChange(!active)}
              className={buttonClass(active ? "danger" : "secondary", "sm")}
            >
              {active ? t("users.deactivate") : t("users.reactivate")}
              <span className="sr-only"> {user.name}</span>
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
