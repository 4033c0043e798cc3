import { getTranslations } from "next-intl/server";
import { parseTaskFilters, taskListInput } from "@/components/planning/tasks/task-filters-url";
import { TasksBrowser } from "@/components/planning/tasks/tasks-browser";
import { PageHeader } from "@/components/ui/page-header";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The tasks page and My tasks: the same list, prefetched with the filters in the address. */
export async function TasksPage({
  scope,
  searchParams,
}: {
  scope: "all" | "mine";
  searchParams: SearchParams;
}) {
  const t = await getTranslations("tasks");
  const input = taskListInput(parseTaskFilters(await searchParams));
  await Promise.all([
    prefetch(scope === "mine" ? trpc.tasks.mine.queryOptions(input) : trpc.tasks.list.queryOptions(input)),
    prefetch(trpc.departments.list.queryOptions()),
    prefetch(trpc.me.get.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t(`${scope}.title`)} description={t(`${scope}.description`)} />
      <TasksBrowser scope={scope} />
    </HydrateClient>
  );
}
