import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";

/** A labelled whole number within bounds. */
export function NumberInput({
  id,
  label,
  value,
  min,
  max,
  error,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  min: number;
  max: number;
  error?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          step={1}
          min={min}
          max={max}
          required
          disabled={disabled}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} tabular-nums disabled:bg-slate-50 disabled:text-slate-400`}
        />
      )}
    </FormField>
  );
}
