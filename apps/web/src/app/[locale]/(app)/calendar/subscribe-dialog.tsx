"use client";

import { useLocale, useTranslations } from "next-intl";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { PrivateFeed } from "./private-feed";

/** How to follow the calendar from a calendar app: the public feed and the member's private one. */
export function SubscribeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("feeds");
  const locale = useLocale();
  const publicUrl = open ? new URL(`/api/calendar/public.ics?lang=${locale}`, window.location.origin) : null;
  return (
    <Dialog open={open} onClose={onClose} title={t("title")}>
      {publicUrl && (
        <div className="space-y-6">
          <p className="text-sm text-slate-700">{t("intro")}</p>
          <section className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("publicTitle")}</h3>
            <p className="text-sm text-slate-600">{t("publicBody")}</p>
            <CopyField label={t("publicUrl")} value={publicUrl.toString()} testId="public-feed-url" />
            <a
              href={`webcal://${publicUrl.host}${publicUrl.pathname}${publicUrl.search}`}
              className="inline-block text-sm font-medium text-brand-700 underline"
            >
              {t("openInApp")}
            </a>
          </section>
          <section className="space-y-2 border-t border-slate-200 pt-5">
            <h3 className="font-semibold text-slate-900">{t("privateTitle")}</h3>
            <PrivateFeed />
          </section>
        </div>
      )}
    </Dialog>
  );
}
