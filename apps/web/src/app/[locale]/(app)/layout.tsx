import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { PendingInvitations } from "@/components/shell/pending-invitations";
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
  return (
    <>
      <AppHeader viewer={viewer} organisations={await (await getCaller()).me.organisations()} />
      <main className="mx-auto max-w-6xl px-4 py-8">
        <PendingInvitations />
        {children}
      </main>
    </>
  );
}
