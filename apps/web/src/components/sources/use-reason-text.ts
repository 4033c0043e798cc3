"use client";

import { useTranslations } from "next-intl";

/** Why the importer refused a run or found it suspect, in the reader's language. */
export function useReasonText() {
  const t = useTranslations("sources.reasons");
  // The keys are the importer's reason codes; one the messages do not know shows as it is.
  return (reason: string) => (t.has(reason as "unsigned") ? t(reason as "unsigned") : reason);
}
