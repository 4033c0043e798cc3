import type { WaPacing } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";

/** The pacing in one line, on the session's card. */
export function PacingSummary({ pacing }: { pacing: WaPacing }) {
  const t = useTranslations("whatsapp.pacing");
  return (
    <p className="text-sm text-slate-600" data-testid="pacing-summary">
      {pacing.enabled
        ? t("summary", {
            min: pacing.minGapSeconds,
            max: pacing.maxGapSeconds,
            hourly: pacing.hourlyCap,
            daily: pacing.dailyCap,
          })
        : t("summaryOff")}
    </p>
  );
}
