import { type Messages, useTranslations } from "next-intl";

type VariableName = keyof Messages["whatsapp"]["templates"]["variables"];

/** The variables a template offers, each a button that puts it into the wording. */
export function VariableList({
  variables,
  onInsert,
}: {
  variables: string[];
  onInsert: (name: string) => void;
}) {
  const t = useTranslations("whatsapp.templates");
  return (
    <section aria-labelledby="wa-template-variables">
      <h3 id="wa-template-variables" className="text-sm font-medium text-slate-800">
        {t("variablesTitle")}
      </h3>
      <p className="text-xs text-slate-500">{t("variablesHint")}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {variables.map((name) => (
          <li key={name}>
            <button
              type="button"
              onClick={() => onInsert(name)}
              className="inline-flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-2.5 py-1 text-xs hover:border-brand-600 hover:bg-brand-50"
            >
              <code dir="ltr" className="font-mono text-brand-800">{`{{${name}}}`}</code>
              {t.has(`variables.${name as VariableName}`) && (
                <span className="text-slate-600">{t(`variables.${name as VariableName}`)}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
