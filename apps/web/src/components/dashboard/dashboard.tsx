"use client";

import { useTranslations } from "next-intl";
import { StreamBadge } from "@/components/ui/stream-badge";
import { useCapabilities } from "@/hooks/use-capabilities";
import { AgendaSections } from "./agenda-sections";
import { FailedEmailsSection, FailedWhatsAppSection, WhatsAppAttentionSection } from "./attention-sections";
import { EventsChartSection } from "./events-chart-section";
import { MyTasksSection } from "./my-tasks-section";
import { OverdueByDepartmentSection, UnassignedEventsSection } from "./planning-sections";
import { useDashboardLive } from "./use-dashboard-live";

/**
 * The home page: what everyone sees (today, this week, my tasks, the chart), then what the
 * reader's capabilities add; the server answers each section only to those who may see it.
 */
export function Dashboard({ timeZone }: { timeZone: string }) {
  const t = useTranslations("home");
  const { can } = useCapabilities();
  const stream = useDashboardLive();
  return (
    <>
      <p className="mb-4 flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span>{t("timeZone", { zone: `\u2066${timeZone}\u2069` })}</span>
        <StreamBadge status={stream} />
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        <AgendaSections timeZone={timeZone} />
        <MyTasksSection />
        {can("planning.overview") && <OverdueByDepartmentSection />}
        {can("planning.overview") && <UnassignedEventsSection timeZone={timeZone} />}
        {can("whatsapp.manage") && <WhatsAppAttentionSection />}
        {can("mailbox.read") && <FailedEmailsSection />}
        {can("whatsapp.manage") && <FailedWhatsAppSection />}
        <div className="md:col-span-2">
          <EventsChartSection />
        </div>
      </div>
    </>
  );
}
