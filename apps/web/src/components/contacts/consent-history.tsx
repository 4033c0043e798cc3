"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { ConsentBadge } from "./consent-badge";
import type { ContactDetail } from "./types";

/** Every change of the contact's consent: what it became, how, who recorded it and when. */
export function ConsentHistory({ history }: { history: ContactDetail["consentHistory"] }) {
  const t = useTranslations("contacts.detail");
  const tSources = useTranslations("contacts.sources");
  const format = useFormatter();
  return (
    <Card title={t("history")}>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">{t("historyEmpty")}</p>
      ) : (
        <ol className="space-y-3" data-testid="consent-history">
          {history.map((event) => (
            <li key={event.id} className="text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <ConsentBadge consent={event.consent} />
                <span className="text-slate-700">{tSources(event.source)}</span>
              </div>
              <p className="mt-0.5 text-xs text-slate-500">
                {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
                {" · "}
                {event.userName ? t("by", { name: event.userName }) : t("byContact")}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
