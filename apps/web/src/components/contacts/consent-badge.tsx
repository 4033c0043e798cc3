"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { opted_in: "green", opted_out: "red", unknown: "slate" } as const;

/** A contact's WhatsApp consent. */
export function ConsentBadge({ consent }: { consent: keyof typeof tones }) {
  const t = useTranslations("contacts.consents");
  return (
    <Badge tone={tones[consent]} data-testid="consent-badge" data-consent={consent}>
      {t(consent)}
    </Badge>
  );
}
