import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-700" dir="ltr">
        403
      </p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
