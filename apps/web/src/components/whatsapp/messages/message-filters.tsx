"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import type { WaSessionView } from "../types";
import { type MessageFilterState, messageStatuses } from "./message-filters-url";

const empty: MessageFilterState = { session: "", status: "", from: "", to: "" };

/** Session, status and a period of days; every change goes to the address. */
export function MessageFilters({
  state,
  sessions,
  rangeError,
  onChange,
}: {
  state: MessageFilterState;
  sessions: Pick<WaSessionView, "id" | "name">[];
  rangeError: boolean;
  onChange: (state: MessageFilterState) => void;
}) {
  const t = useTranslations("whatsapp.messages.filters");
  const tStatus = useTranslations("whatsapp.messageStatuses");
  const change = (next: Partial<MessageFilterState>) => onChange({ ...state, ...next });
  const active = state.session || state.status || state.from || state.to;
  const day = (key: "from" | "to") => (
    <FormField
      id={`wa-messages-${key}`}
      label={t(key)}
      error={key === "to" && rangeError ? t("rangeError") : undefined}
      className="w-full sm:w-44"
    >
      {(control) => (
        <input
          {...control}
          type="date"
          value={state[key]}
          onChange={(event) => change({ [key]: event.target.value })}
          className={`${inputClass} tabular-nums`}
        />
      )}
    </FormField>
  );
  return (
    <search
      className="mb-2 grid grid-cols-2 gap-x-4 gap-y-3 sm:flex sm:flex-wrap sm:items-start"
      aria-label={t("label")}
    >
      <div className="w-full sm:w-52">
        <SelectField
          id="wa-messages-session"
          label={t("session")}
          value={state.session}
          emptyLabel={t("allSessions")}
          options={sessions.map((session) => ({ value: session.id, label: session.name }))}
          onChange={(session) => change({ session })}
        />
      </div>
      <div className="w-full sm:w-44">
        <SelectField
          id="wa-messages-status"
          label={t("status")}
          value={state.status}
          emptyLabel={t("allStatuses")}
          options={messageStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
          onChange={(status) => change({ status: status as MessageFilterState["status"] })}
        />
      </div>
      {day("from")}
      {day("to")}
      {active && (
        <button
          type="button"
          className="col-span-2 text-start text-sm font-medium text-brand-700 hover:underline sm:mt-7"
          onClick={() => onChange(empty)}
        >
          {t("clear")}
        </button>
      )}
    </search>
  );
}
