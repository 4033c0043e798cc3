"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Ltr } from "@/components/ui/ltr";
import { Link } from "@/i18n/navigation";
import type { Department } from "../types";

/** One department: both names, who works in it, where its notices go, and what can be done. */
export function DepartmentRow({
  department,
  onEdit,
  onDelete,
}: {
  department: Department;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("departments");
  const locale = useLocale();
  const format = useFormatter();
  const [own, other] = locale === "ar" ? (["nameAr", "nameEn"] as const) : (["nameEn", "nameAr"] as const);
  return (
    <li data-testid="department-row" className="flex flex-wrap items-start justify-between gap-4 py-4">
      <div className="min-w-0 space-y-1">
        <p className="font-medium text-slate-900">
          {department[own]}{" "}
          <span lang={locale === "ar" ? "en" : "ar"} className="text-sm font-normal text-slate-500">
            · {department[other]}
          </span>
        </p>
        <p className="text-sm text-slate-600">
          {department.members.length === 0
            ? t("noMembers")
            : t("members", { names: format.list(department.members.map((member) => member.name)) })}
        </p>
        {department.emails.length > 0 && (
          <p className="text-sm text-slate-600">
            {t("mailboxes")} {format.list(department.emails.map((email) => <Ltr key={email}>{email}</Ltr>))}
          </p>
        )}
        {department.whatsappRecipient && (
          <p className="text-sm text-slate-600">
            {t(department.whatsappRecipientType === "group" ? "whatsappGroup" : "whatsappNumber")}{" "}
            <Ltr>{department.whatsappRecipient}</Ltr>
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={`/departments/${department.id}`} className={buttonClass("secondary", "sm")}>
          {t("templatesLink")}
          <span className="sr-only"> {department[own]}</span>
        </Link>
        <button type="button" className={buttonClass("secondary", "sm")} onClick={onEdit}>
          {t("edit")}
          <span className="sr-only"> {department[own]}</span>
        </button>
        <button type="button" className={buttonClass("danger", "sm")} onClick={onDelete}>
          {t("delete")}
          <span className="sr-only"> {department[own]}</span>
        </button>
      </div>
    </li>
  );
}
