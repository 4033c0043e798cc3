import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Ltr } from "@/components/ui/ltr";
import type { WaSessionView } from "./types";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

/** The linked number and how much it sends, against its caps. */
export function SessionFacts({ session }: { session: WaSessionView }) {
  const t = useTranslations("whatsapp.facts");
  const format = useFormatter();
  const count = (value: number) => format.number(value, "integer");
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3 lg:grid-cols-5">
      <Fact label={t("number")}>
        {session.phone ? (
          <Ltr className="font-medium tabular-nums" data-testid="session-phone">
            {session.phone}
          </Ltr>
        ) : (
          <span className="text-slate-500">{t("notLinked")}</span>
        )}
      </Fact>
      <Fact label={t("linkedAt")}>
        {session.linkedAt ? format.dateTime(session.linkedAt, "dateTime") : "—"}
      </Fact>
      <Fact label={t("sent")}>
        {t("sentCounts", {
          hour: count(session.sentLastHour),
          hourlyCap: count(session.pacing.hourlyCap),
          day: count(session.sentLastDay),
          dailyCap: count(session.pacing.dailyCap),
        })}
      </Fact>
      <Fact label={t("waiting")}>{count(session.pendingCount)}</Fact>
      <Fact label={t("worker")}>
        {session.workerHost ? (
          <Ltr>{session.workerHost}</Ltr>
        ) : (
          <span className="text-slate-500">{t("noWorker")}</span>
        )}
      </Fact>
    </dl>
  );
}
