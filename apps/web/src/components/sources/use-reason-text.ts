"use client";

import { useTranslations } from "next-intl";

const reasons = [
  "unsigned",
  "bad_signature",
  "too_old",
  "from_future",
  "invalid_payload",
  "none_found",
  "far_fewer",
] as const;
type Reason = (typeof reasons)[number];
const isReason = (value: string): value is Reason => (reasons as readonly string[]).includes(value);

/** Why the importer refused a run or found it suspect, in the reader's language. */
export function useReasonText() {
  const t = useTranslations("sources.reasons");
  return (reason: string) => (isReason(reason) ? t(reason) : reason);
}
