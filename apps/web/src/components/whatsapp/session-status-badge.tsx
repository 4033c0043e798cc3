import type { WaSessionStatus } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = {
  disconnected: "slate",
  connecting: "amber",
  qr_required: "amber",
  pairing: "amber",
  connected: "green",
  logged_out: "slate",
  banned: "red",
  failed: "red",
} as const satisfies Record<WaSessionStatus, string>;

export function SessionStatusBadge({ status }: { status: WaSessionStatus }) {
  const t = useTranslations("whatsapp.statuses");
  return (
    <Badge tone={tones[status]} dot data-testid="session-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
