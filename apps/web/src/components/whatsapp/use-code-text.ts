import { type Messages, useTranslations } from "next-intl";

type WaMessages = Messages["whatsapp"];

// The worker stores short codes; a code this page does not know yet is shown as it is.

/** The reader's sentence for a session error or sending-pause code. */
export function useSessionErrorText(): (code: string) => string {
  const t = useTranslations("whatsapp.sessionErrors");
  return (code) => {
    const key = code as keyof WaMessages["sessionErrors"];
    return t.has(key) ? t(key) : code;
  };
}

/** The reader's sentence for the reason a message failed; "rejected:479" keeps WhatsApp's code. */
export function useMessageErrorText(): (code: string) => string {
  const t = useTranslations("whatsapp.messageErrors");
  return (code) => {
    const [name, detail] = code.split(":", 2);
    const key = name as keyof WaMessages["messageErrors"];
    if (!t.has(key)) return code;
    return detail ? `${t(key)} (${detail})` : t(key);
  };
}
