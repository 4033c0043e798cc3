import type { ReactNode } from "react";

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  /** A second line under the label, such as an e-mail address. */
  hint?: ReactNode;
  disabled?: boolean;
}

/**
 * A multiple choice as a group of checkboxes (easier on phones than a multi-select). Long lists
 * scroll inside their box; `empty` is shown when there is nothing to choose from.
 */
export function CheckboxList({
  legend,
  hint,
  error,
  options,
  selected,
  empty,
  onChange,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: CheckboxOption[];
  selected: string[];
  empty: ReactNode;
  onChange: (selected: string[]) => void;
}) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>}
      {options.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-500">
          {empty}
        </p>
      ) : (
        <ul
          className={`mt-2 max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-lg border ${error ? "border-red-400" : "border-slate-300"}`}
        >
          {options.map((option) => (
            <li key={option.value}>
              <label
                className={`flex items-start gap-3 px-3 py-2 text-sm ${option.disabled ? "text-slate-400" : "cursor-pointer text-slate-800 hover:bg-slate-50"}`}
              >
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700"
                  checked={selected.includes(option.value)}
                  disabled={option.disabled}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <span className="min-w-0">
                  <span className="block">{option.label}</span>
                  {option.hint && <span className="block text-xs text-slate-500">{option.hint}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="mt-1 text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}
