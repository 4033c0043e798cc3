"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useEventDates } from "@/components/events/use-event-dates";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import type { StagedDetail } from "../types";
import { VersionChangesTable } from "./version-changes";

/** Any two versions of a staged event side by side, field by field. */
export function VersionCompare({ staged, timeZone }: { staged: StagedDetail; timeZone: string }) {
  const t = useTranslations("sources.staged");
  const dates = useEventDates(timeZone);
  const trpc = useTRPC();
  const versions = staged.versions;
  const [from, setFrom] = useState(versions[1]?.id ?? "");
  const [to, setTo] = useState(versions[0]?.id ?? "");
  const comparable = Boolean(from && to && from !== to);
  const compare = useQuery(
    trpc.sources.compare.queryOptions({ id: staged.id, from, to }, { enabled: comparable }),
  );
  const options = versions.map((version) => ({
    value: version.id,
    label: t("versionSeen", { date: dates.dateTime(version.seenAt) }),
  }));

  return (
    <Card title={t("versionsTitle")}>
      {versions.length < 2 ? (
        <p className="text-sm text-slate-600">{t("onlyOneVersion")}</p>
      ) : (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="compare-from"
              label={t("compareFrom")}
              value={from}
              options={options}
              onChange={setFrom}
            />
            <SelectField
              id="compare-to"
              label={t("compareTo")}
              value={to}
              options={options}
              onChange={setTo}
            />
          </div>
          {comparable ? (
            <QueryView
              query={compare}
              loadFailed={t("compareFailed")}
              isEmpty={(result) => result.changes.length === 0}
              empty={<EmptyState title={t("compareSame")} body="" />}
            >
              {(result) => (
                <VersionChangesTable
                  label={t("versionsTitle")}
                  changes={result.changes}
                  timeZone={timeZone}
                  withFrom
                />
              )}
            </QueryView>
          ) : (
            <p className="text-sm text-slate-600">{t("compareSame")}</p>
          )}
        </div>
      )}
    </Card>
  );
}
