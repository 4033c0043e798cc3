"use client";

import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { useTranslations } from "next-intl";
import { DetailRow } from "@/components/events/detail-row";
import { useEventDates } from "@/components/events/use-event-dates";
import { Badge } from "@/components/ui/badge";
import { useCapabilities } from "@/hooks/use-capabilities";
import { Link } from "@/i18n/navigation";

type FromSource = inferRouterOutputs<AppRouter>["events"]["get"]["fromSource"];

/** Beside an event's status: the source no longer lists it (it stays in the calendar). */
export function GoneFromSourceBadge({ fromSource }: { fromSource: FromSource }) {
  const t = useTranslations("sources.eventPage");
  if (!fromSource?.gone) return null;
  return (
    <Badge tone="amber" data-testid="gone-from-source">
      {t("gone")}
    </Badge>
  );
}

/** The source an imported event came from, linked to its review for those who review sources. */
export function FromSourceRow({ fromSource, timeZone }: { fromSource: FromSource; timeZone: string }) {
  const t = useTranslations("sources.eventPage");
  const dates = useEventDates(timeZone);
  const { can } = useCapabilities();
  if (!fromSource) return null;
  return (
    <DetailRow label={t("fromSource")}>
      <span data-testid="from-source">{fromSource.sourceName}</span>
      {can("sources.review") && (
        <Link
          href={`/sources/review/${fromSource.stagedEventId}`}
          className="ms-3 text-brand-700 hover:underline"
        >
          {t("openReview")}
        </Link>
      )}
      {fromSource.gone && fromSource.goneAt && (
        <p className="mt-1 text-sm text-amber-800">
          {t("goneBody", { date: dates.dateTime(fromSource.goneAt) })}
        </p>
      )}
    </DetailRow>
  );
}
