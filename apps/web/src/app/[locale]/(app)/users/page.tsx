import { locales, roles } from "@taqweem/db/schema";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { CreateUserForm } from "./create-user-form";
import { InvitationsTable } from "./invitations-table";
import { UsersTable } from "./users-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const viewer = await requireCapability(await getLocale(), "users.manage");
  const t = await getTranslations("users");
  await Promise.all([
    prefetch(trpc.users.list.queryOptions()),
    prefetch(trpc.users.invitations.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <CreateUserForm roles={[...roles]} locales={[...locales]} />
        <UsersTable viewerId={viewer.userId} roles={[...roles]} />
        <InvitationsTable />
      </div>
    </HydrateClient>
  );
}
