import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { WaSessionView } from "./types";

/** Says plainly when sessions run on the built-in simulator: nothing reaches a real phone then. */
export function SimulatorNotice({ sessions }: { sessions: Pick<WaSessionView, "transport">[] }) {
  const t = useTranslations("whatsapp.simulator");
  if (!sessions.some((session) => session.transport === "simulator")) return null;
  return (
    <div data-testid="simulator-notice">
      <Alert tone="warning">
        <p className="font-semibold">{t("noticeTitle")}</p>
        <p className="mt-1">{t("noticeBody")}</p>
      </Alert>
    </div>
  );
}
