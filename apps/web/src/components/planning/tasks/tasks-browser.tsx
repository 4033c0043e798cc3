"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useQueryState } from "@/hooks/use-query-state";
import { useTRPC } from "@/trpc/react";
import { TaskCard } from "./task-card";
import { TaskFilters } from "./task-filters";
import { parseTaskFilters, taskFilterQuery, taskListInput, tasksPageSize } from "./task-filters-url";

/**
 * The tasks page ("all" the reader may see) and My tasks ("mine": assigned to them, or unassigned
 * in their departments), filtered by what the address says, overdue ones marked, each linked to
 * its event.
 */
export function TasksBrowser({ scope }: { scope: "all" | "mine" }) {
  const t = useTranslations("tasks");
  const trpc = useTRPC();
  const [state, go] = useQueryState(parseTaskFilters, taskFilterQuery);
  const { can } = useCapabilities();
  const input = taskListInput(state);
  const tasks = useQuery(
    scope === "mine" ? trpc.tasks.mine.queryOptions(input) : trpc.tasks.list.queryOptions(input),
  );
  const filtered = state.department || state.status || state.overdue || state.week;

  return (
    <Card>
      <TaskFilters state={state} onChange={go} />
      <QueryView
        query={tasks}
        loadFailed={t("loadFailed")}
        isEmpty={(data) => data.items.length === 0}
        empty={
          filtered ? (
            <EmptyState title={t("noMatchTitle")} body={t("noMatchBody")} />
          ) : (
            <EmptyState title={t(`empty.${scope}.title`)} body={t(`empty.${scope}.body`)} />
          )
        }
      >
        {({ items, total }) => {
          const first = (state.page - 1) * tasksPageSize + 1;
          return (
            <>
              <ul className="space-y-2" aria-busy={tasks.isFetching || undefined}>
                {items.map((task) => (
                  <TaskCard
                    key={task.id}
                    task={task}
                    canWork={can("tasks.work")}
                    canManage={can("tasks.manage")}
                    showContext
                  />
                ))}
              </ul>
              <nav
                aria-label={t("pages")}
                className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm"
              >
                <p className="text-slate-600">
                  {t("showing", { first, last: first + items.length - 1, total })}
                </p>
                {total > tasksPageSize && (
                  <div className="flex gap-2">
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={state.page <= 1}
                      onClick={() => go({ ...state, page: state.page - 1 })}
                    >
                      {t("previous")}
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={first + items.length - 1 >= total}
                      onClick={() => go({ ...state, page: state.page + 1 })}
                    >
                      {t("next")}
                    </button>
                  </div>
                )}
              </nav>
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
