"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition } from "react";
import { ErrorState } from "@/components/ui/states";

/**
 * A page (or the app shell around it) that failed on the server, e.g. with the database down:
 * say so in the reader's language and offer to try again.
 */
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("states");
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ErrorState title={t("errorTitle")} body={t("errorBody")} onRetry={retry} />
    </main>
  );
}
