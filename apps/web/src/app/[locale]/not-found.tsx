import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div className="text-center">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("body")}</p>
        <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
