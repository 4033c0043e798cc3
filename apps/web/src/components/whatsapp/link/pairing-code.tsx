import { useTranslations } from "next-intl";

/** The code WhatsApp gave for the number, to type in on the phone; four and four, as the phone shows it. */
export function PairingCode({ code }: { code: string }) {
  const t = useTranslations("whatsapp.link");
  const grouped = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <h3 className="text-base font-medium text-slate-900">{t("codeTitle")}</h3>
      <p
        dir="ltr"
        data-testid="wa-pairing-code"
        className="inline-block rounded-lg bg-white px-4 py-2 font-mono text-3xl font-semibold tracking-[0.2em] text-slate-900 ring-1 ring-slate-200"
      >
        {grouped}
      </p>
      <ol className="list-decimal space-y-1 ps-5">
        <li>{t("steps.open")}</li>
        <li>{t("steps.linkedDevices")}</li>
        <li>{t("steps.withNumber")}</li>
      </ol>
    </div>
  );
}
