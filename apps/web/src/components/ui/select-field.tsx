import { inputClass } from "./field";
import { FormField } from "./form-field";

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

/** A labelled <select>; `emptyLabel` adds a first option with the value "" (none, or all). */
export function SelectField({
  id,
  label,
  value,
  options,
  emptyLabel,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  emptyLabel?: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={inputClass}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
