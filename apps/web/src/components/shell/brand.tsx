import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function Brand() {
  const t = useTranslations("app");
  return (
    <Link href="/" className="flex items-center gap-2 rounded-md font-semibold text-slate-900">
      <span
        aria-hidden
        className="grid size-8 place-items-center rounded-lg bg-brand-700 text-white"
        lang="ar"
      >
        ت
      </span>
      <span className="sr-only text-lg sm:not-sr-only">{t("name")}</span>
    </Link>
  );
}
