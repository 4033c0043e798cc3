import { type Messages, useFormatter, useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import type { WaMessage } from "../types";
import { useMessageErrorText, useSessionErrorText } from "../use-code-text";
import { MessageBody } from "./message-body";
import { MessageStatusBadge } from "./message-status-badge";

type Purpose = keyof Messages["whatsapp"]["messages"]["purposes"];

const steps = ["sentAt", "deliveredAt", "readAt", "failedAt"] as const;

/** One message: who it went to, what it said, and each step of its delivery as it happened. */
export function MessageItem({ message }: { message: WaMessage }) {
  const t = useTranslations("whatsapp.messages");
  const format = useFormatter();
  const messageError = useMessageErrorText();
  const pauseReason = useSessionErrorText();
  // A message put back to wait after a refusal keeps the reason, one sent again for want of an
  // acknowledgement says so; failed ones say why they failed.
  const retrying = message.status === "pending" && message.error === "no_server_ack";
  const error =
    message.error &&
    (retrying
      ? t("retryingNoAck")
      : message.status === "failed"
        ? messageError(message.error)
        : pauseReason(message.error));
  return (
    <li
      data-testid="wa-message"
      data-message-id={message.id}
      data-status={message.status}
      className="space-y-2 py-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-medium text-slate-900" data-testid="message-recipient">
            {message.recipientType === "group" && message.groupName ? (
              <span dir="auto">{message.groupName}</span>
            ) : (
              <Ltr className="tabular-nums">{message.recipient}</Ltr>
            )}
          </span>
          <span className="text-xs text-slate-500">
            {t.has(`purposes.${message.purpose as Purpose}`)
              ? t(`purposes.${message.purpose as Purpose}`)
              : message.purpose}
            {message.sessionName && <> · {message.sessionName}</>}
          </span>
        </p>
        <MessageStatusBadge status={message.status} />
      </div>
      <MessageBody body={message.body} language={message.language} />
      {error && (
        <p className={`text-sm ${message.status === "failed" ? "text-red-700" : "text-amber-800"}`}>
          {error}
        </p>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
        <span>{t("createdAt", { at: format.dateTime(message.createdAt, "dateTime") })}</span>
        {steps.map(
          (step) =>
            message[step] && (
              <span key={step} data-testid={`message-${step}`}>
                {t(`steps.${step}`, { at: format.dateTime(message[step], "time") })}
              </span>
            ),
        )}
        {message.attempts > 1 && <span>{t("attempts", { count: message.attempts })}</span>}
      </p>
    </li>
  );
}
