"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import type { ChartRow, ChartSeries } from "../dashboard/chart-data";

interface Props {
  /** One row per bar group, in time order; `month` is the row's key (a month, or an hour). */
  rows: ChartRow[];
  series: ChartSeries[];
  rtl: boolean;
  /** `<testId>` on the plot, `<testId>-table` on the table alternative. */
  testId: string;
  /** Stack the series in one bar (parts of a whole) or set them side by side. */
  stacked: boolean;
  labels: {
    name: string;
    description: string;
    showTable: string;
    caption: string;
    /** The heading of the rows' column (month, hour). */
    month: string;
    /** The heading of the total column; none: no total column. */
    total?: string;
  };
}

// recharts is most of a page's JavaScript: the plot loads after the page, the table with it.
const BarChartPlot = dynamic(() => import("./bar-chart-plot"), { ssr: false });

/**
 * Bars over time with the same numbers as a table (the app's one chart, on the dashboard and the
 * campaign page). In Arabic time runs right to left (the x axis reversed), the count axis stands on
 * the right, and the legend and tooltip read right to left.
 */
export function BarChartWithTable({ rows, series, rtl, testId, stacked, labels }: Props) {
  const descriptionId = useId();
  return (
    <div>
      <p id={descriptionId} className="sr-only">
        {labels.description}
      </p>
      <div className="h-72" data-testid={testId} aria-describedby={descriptionId}>
        <BarChartPlot
          rows={rows}
          series={series}
          rtl={rtl}
          stacked={stacked}
          name={labels.name}
          description={labels.description}
        />
      </div>
      <details className="mt-3 text-sm" data-testid={`${testId}-table`}>
        <summary className="cursor-pointer font-medium text-brand-700">{labels.showTable}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard */}
        <section className="mt-2 overflow-x-auto" aria-label={labels.caption} tabIndex={0}>
          <table className="min-w-full text-start">
            <caption className="pb-2 text-start text-slate-600">{labels.caption}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pe-4 text-start font-medium">
                  {labels.month}
                </th>
                {series.map((item) => (
                  <th
                    key={item.key}
                    scope="col"
                    lang={item.lang}
                    className="py-1 pe-4 text-start font-medium"
                  >
                    {item.name}
                  </th>
                ))}
                {labels.total && (
                  <th scope="col" className="py-1 text-start font-medium">
                    {labels.total}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month} className="border-b border-slate-100" data-month={row.month}>
                  <th scope="row" className="py-1 pe-4 text-start font-normal">
                    {row.label}
                  </th>
                  {series.map((item) => (
                    <td key={item.key} data-series={item.key} className="py-1 pe-4 tabular-nums">
                      {row[item.key]}
                    </td>
                  ))}
                  {labels.total && <td className="py-1 tabular-nums">{row.total}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </div>
  );
}
