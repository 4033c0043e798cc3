"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface Props {
  rows: { hour: string; sent: number; read: number }[];
  rtl: boolean;
  labels: {
    name: string;
    description: string;
    showTable: string;
    caption: string;
    hour: string;
    sent: string;
    read: string;
  };
}

/**
 * Sends and reads per hour (the organisation's local hours) as bars, with the same numbers as a
 * table. In Arabic time runs right to left and the count axis stands on the right, as on the dashboard.
 */
export function SendsOverTimeChart({ rows, rtl, labels }: Props) {
  const direction = rtl ? "rtl" : "ltr";
  const descriptionId = useId();
  return (
    <div>
      <p id={descriptionId} className="sr-only">
        {labels.description}
      </p>
      <div className="h-64" data-testid="campaign-chart" aria-describedby={descriptionId}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            title={labels.name}
            desc={labels.description}
            margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="hour"
              reversed={rtl}
              tick={{ fontSize: 12, fill: "#475569" }}
              interval="preserveStartEnd"
            />
            <YAxis
              orientation={rtl ? "right" : "left"}
              allowDecimals={false}
              width={32}
              tick={{ fontSize: 12, fill: "#475569" }}
            />
            <Tooltip
              cursor={{ fill: "#f1f5f9" }}
              wrapperStyle={{ direction }}
              contentStyle={{ textAlign: rtl ? "right" : "left", borderRadius: 8 }}
            />
            <Legend wrapperStyle={{ direction, fontSize: 13 }} />
            <Bar dataKey="sent" name={labels.sent} fill="#0f766e" />
            <Bar dataKey="read" name={labels.read} fill="#38bdf8" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-3 text-sm" data-testid="campaign-chart-table">
        <summary className="cursor-pointer font-medium text-brand-700">{labels.showTable}</summary>
        <table className="mt-2 min-w-full text-start">
          <caption className="pb-2 text-start text-slate-600">{labels.caption}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pe-4 text-start font-medium">
                {labels.hour}
              </th>
              <th scope="col" className="py-1 pe-4 text-start font-medium">
                {labels.sent}
              </th>
              <th scope="col" className="py-1 text-start font-medium">
                {labels.read}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.hour} className="border-b border-slate-100">
                <th scope="row" className="py-1 pe-4 text-start font-normal">
                  <bdi dir="ltr">{row.hour}</bdi>
                </th>
                <td className="py-1 pe-4 tabular-nums">{row.sent}</td>
                <td className="py-1 tabular-nums">{row.read}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
