import type { WaMessageStatus } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = {
  pending: "amber",
  sent: "slate",
  delivered: "blue",
  read: "green",
  failed: "red",
} as const satisfies Record<WaMessageStatus, string>;

/** WhatsApp's ticks: one when the server has the message, two when delivered, two in colour when read. */
const ticks: Record<WaMessageStatus, string> = {
  pending: "",
  sent: "✓",
  delivered: "✓✓",
  read: "✓✓",
  failed: "",
};

export function MessageStatusBadge({ status }: { status: WaMessageStatus }) {
  const t = useTranslations("whatsapp.messageStatuses");
  return (
    <Badge tone={tones[status]} dot={status === "pending"} data-testid="message-status" data-status={status}>
      {ticks[status] && (
        <span aria-hidden dir="ltr" className="tracking-tighter">
          {ticks[status]}
        </span>
      )}
      {t(status)}
    </Badge>
  );
}
