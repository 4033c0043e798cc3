import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { navigationFor } from "@/components/shell/navigation";
import { PendingInvitations } from "@/components/shell/pending-invitations";
import { Sidebar } from "@/components/shell/sidebar";
import { isAppLocale } from "@/i18n/routing";
import { requireViewer } from "@/server/viewer";
import { getCaller } from "@/trpc/server";

/** Every page in this group needs a signed-in, active member; checked here on the server. */
export default async function AppLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  const viewer = await requireViewer(locale);
  // A one-time password blocks everything until it is changed.
  if (viewer.mustChangePassword) redirect(`/${locale}/password`);
  const navigation = navigationFor(viewer.capabilities);
  return (
    <>
      <AppHeader
        viewer={viewer}
        organisations={await (await getCaller()).me.organisations()}
        navigation={navigation}
      />
      <div className="flex">
        <Sidebar groups={navigation} />
        <main className="min-w-0 flex-1 px-4 py-8 lg:px-8">
          <div className="mx-auto max-w-6xl">
            <PendingInvitations />
            {children}
          </div>
        </main>
      </div>
    </>
  );
}
