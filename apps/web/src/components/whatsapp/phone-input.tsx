import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";

/** A phone number field; the number reads left to right in both languages. */
export function PhoneInput({
  id,
  label,
  hint,
  placeholder = "+971 50 123 4567",
  value,
  error,
  className,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  /** An example number; by default a UAE one. */
  placeholder?: string;
  value: string;
  error?: string;
  className?: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          type="tel"
          dir="ltr"
          inputMode="tel"
          autoComplete="off"
          placeholder={placeholder}
          maxLength={32}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} tabular-nums`}
        />
      )}
    </FormField>
  );
}
