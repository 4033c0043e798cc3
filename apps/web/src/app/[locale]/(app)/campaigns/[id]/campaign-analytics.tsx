"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { Card } from "@/components/ui/card";
import { ltrText } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import type { AppLocale } from "@/i18n/routing";
import { useTRPC } from "@/trpc/react";

/** Delivery and read rates (overall and per language), sends and reads over time, failures by reason. */
export function CampaignAnalytics({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.analytics");
  const tr = useTranslations("campaigns");
  const format = useFormatter();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const analytics = useQuery(trpc.campaigns.analytics.queryOptions({ campaignId }));
  const percent = (rate: number | null) =>
    rate === null
      ? "—"
      : format.number(rate, { style: "percent", maximumFractionDigits: 0, numberingSystem: "latn" });
  return (
    <Card title={t("title")}>
      <QueryView query={analytics} loadFailed={t("loadFailed")}>
        {(data) => (
          <div className="space-y-6" data-testid="campaign-analytics">
            <dl className="grid grid-cols-2 gap-3">
              <div className="rounded-lg bg-slate-50 p-3">
                <dt className="text-xs text-slate-500">{t("deliveryRate")}</dt>
                <dd className="text-lg font-semibold" dir="ltr">
                  {percent(data.deliveryRate)}
                </dd>
              </div>
              <div className="rounded-lg bg-slate-50 p-3">
                <dt className="text-xs text-slate-500">{t("readRate")}</dt>
                <dd className="text-lg font-semibold" dir="ltr">
                  {percent(data.readRate)}
                </dd>
              </div>
            </dl>
            <BarChartWithTable
              rows={data.overTime.map((row) => ({
                ...row,
                month: row.hour,
                label: ltrText(row.hour),
                total: row.sent,
              }))}
              series={[
                { key: "sent", name: t("sent"), lang: locale, color: "#0f766e" },
                { key: "read", name: t("read"), lang: locale, color: "#38bdf8" },
              ]}
              rtl={locale === "ar"}
              testId="campaign-chart"
              stacked={false}
              labels={{
                name: t("chartName"),
                description: t("chartDescription", { zone: data.timeZone }),
                showTable: t("showTable"),
                caption: t("chartCaption"),
                month: t("hour"),
              }}
            />
            <table className="w-full text-sm">
              <caption className="pb-2 text-start font-medium text-slate-800">{t("byLanguage")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-start">
                  <th scope="col" className="py-1 text-start">
                    {t("language")}
                  </th>
                  <th scope="col" className="py-1 text-start">
                    {t("recipients")}
                  </th>
                  <th scope="col" className="py-1 text-start">
                    {t("sent")}
                  </th>
                  <th scope="col" className="py-1 text-start">
                    {t("deliveryRate")}
                  </th>
                  <th scope="col" className="py-1 text-start">
                    {t("readRate")}
                  </th>
                  <th scope="col" className="py-1 text-start">
                    {tr("recipientStatus.failed")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.byLanguage.map((row) => (
                  <tr key={row.language} className="border-b border-slate-100">
                    <th scope="row" className="py-1 text-start font-normal">
                      {tr(`languages.${row.language}`)}
                    </th>
                    <td className="py-1 tabular-nums">{row.recipients}</td>
                    <td className="py-1 tabular-nums">{row.sent}</td>
                    <td className="py-1" dir="ltr">
                      {percent(row.deliveryRate)}
                    </td>
                    <td className="py-1" dir="ltr">
                      {percent(row.readRate)}
                    </td>
                    <td className="py-1 tabular-nums">{row.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              <h3 className="text-sm font-medium text-slate-800">{t("reasons")}</h3>
              {data.reasons.length === 0 ? (
                <p className="text-sm text-slate-500">{t("noFailures")}</p>
              ) : (
                <ul className="mt-1 text-sm">
                  {data.reasons.map((row) => (
                    <li key={`${row.status}-${row.reason}`}>
                      {tr(`recipientStatus.${row.status}`)}: <bdi dir="ltr">{row.reason}</bdi> — {row.count}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </QueryView>
    </Card>
  );
}
