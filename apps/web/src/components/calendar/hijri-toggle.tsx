"use client";

import { useTranslations } from "next-intl";
import { useHijriPreference } from "@/hooks/use-hijri-preference";

/** Switches the Hijri dates on and off everywhere; the choice is remembered in this browser. */
export function HijriToggle() {
  const t = useTranslations("calendar");
  const [show, setShow] = useHijriPreference();
  return (
    <label
      className="inline-flex cursor-pointer items-center gap-2 text-sm text-slate-700"
      title={t("hijriHint")}
    >
      <input
        type="checkbox"
        checked={show}
        onChange={(event) => setShow(event.target.checked)}
        className="size-4 rounded border-slate-300 accent-brand-700"
      />
      {t("hijri")}
    </label>
  );
}
