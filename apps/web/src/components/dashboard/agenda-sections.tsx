"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCapabilities } from "@/hooks/use-capabilities";
import { toDateKey } from "@/lib/zoned-time";
import { useTRPC } from "@/trpc/react";
import { DashboardSection, SectionLink } from "./dashboard-section";
import { liveQuery } from "./live-options";
import { OccurrenceList } from "./occurrence-item";

/** Today's events, and the week's (Monday to Sunday), from one query. */
export function AgendaSections({ timeZone }: { timeZone: string }) {
  const t = useTranslations("home");
  const trpc = useTRPC();
  const { can } = useCapabilities();
  const agenda = useQuery(trpc.dashboard.agenda.queryOptions(undefined, liveQuery));
  const create = can("events.edit");
  const weekHref = agenda.data
    ? `/calendar?view=week&date=${toDateKey(agenda.data.week.from, timeZone)}`
    : "/calendar";
  const more = (total: number, shown: number, key: "today.more" | "week.more") =>
    total > shown && (
      <p className="pt-2 text-sm">
        <SectionLink href={weekHref}>{t(key, { count: total - shown })}</SectionLink>
      </p>
    );
  return (
    <>
      <DashboardSection
        testId="dashboard-today"
        title={t("today.title")}
        query={agenda}
        isEmpty={(data) => data.today.total === 0}
        empty={{
          title: t("today.empty"),
          body: t("today.emptyBody"),
          ...(create && { action: { href: "/calendar", label: t("today.emptyAction") } }),
        }}
      >
        {(data) => (
          <>
            <OccurrenceList items={data.today.items} timeZone={timeZone} withDay={false} />
            {more(data.today.total, data.today.items.length, "today.more")}
          </>
        )}
      </DashboardSection>
      <DashboardSection
        testId="dashboard-week"
        title={t("week.title")}
        actions={<SectionLink href={weekHref}>{t("week.open")}</SectionLink>}
        query={agenda}
        isEmpty={(data) => data.week.total === 0}
        empty={{
          title: t("week.empty"),
          body: t("week.emptyBody"),
          ...(create && { action: { href: "/calendar", label: t("week.emptyAction") } }),
        }}
      >
        {(data) => (
          <>
            <OccurrenceList items={data.week.items} timeZone={timeZone} withDay />
            {more(data.week.total, data.week.items.length, "week.more")}
          </>
        )}
      </DashboardSection>
    </>
  );
}
