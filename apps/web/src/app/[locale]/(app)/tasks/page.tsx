import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type SearchParams, TasksPage } from "./tasks-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks.all");
  return { title: t("title") };
}

export default function AllTasksPage({ searchParams }: { searchParams: SearchParams }) {
  return <TasksPage scope="all" searchParams={searchParams} />;
}
