"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useCapabilities } from "@/hooks/use-capabilities";
import type { AppLocale } from "@/i18n/routing";
import { useTRPC } from "@/trpc/react";
import { BarChartWithTable } from "../charts/bar-chart-with-table";
import { chartData } from "./chart-data";
import { DashboardSection } from "./dashboard-section";
import { liveQuery } from "./live-options";

/** Events per month over the next twelve months, by category: a chart with its table. */
export function EventsChartSection() {
  const t = useTranslations("home.chart");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const { can } = useCapabilities();
  const perMonth = useQuery(trpc.dashboard.eventsPerMonth.queryOptions(undefined, liveQuery));
  const data = perMonth.data && chartData(perMonth.data, locale, t("uncategorised"));
  return (
    <DashboardSection
      testId="dashboard-chart"
      title={t("title")}
      actions={<span className="text-sm text-slate-600">{t("subtitle")}</span>}
      query={perMonth}
      isEmpty={() => data?.empty ?? true}
      empty={{
        title: t("empty"),
        body: t("subtitle"),
        ...(can("events.edit") && { action: { href: "/calendar", label: t("emptyAction") } }),
      }}
    >
      {(answer) => (
        <>
          {answer.truncated && <p className="mb-2 text-sm text-amber-800">{t("truncated")}</p>}
          <BarChartWithTable
            rows={data!.rows}
            series={data!.series}
            rtl={locale === "ar"}
            testId="events-chart"
            stacked
            labels={{
              name: t("name"),
              description: t("description"),
              showTable: t("showTable"),
              caption: t("caption"),
              month: t("month"),
              total: t("total"),
            }}
          />
        </>
      )}
    </DashboardSection>
  );
}
