"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "../dashboard/chart-data";

interface Props {
  rows: ChartRow[];
  series: ChartSeries[];
  rtl: boolean;
  stacked: boolean;
  name: string;
  description: string;
}

/** The recharts half of BarChartWithTable, mirrored in Arabic; loaded on its own (see there). */
export default function BarChartPlot({ rows, series, rtl, stacked, name, description }: Props) {
  const direction = rtl ? "rtl" : "ltr";
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} title={name} desc={description} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="label"
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
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            stackId={stacked ? "stack" : undefined}
            fill={item.color}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
