import type { ChangeEvent } from "react";
import { FormField } from "./form-field";

/** Choosing a CSV file to import, with what the file should look like underneath. */
export function CsvFileField({
  id,
  label,
  hint,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <FormField id={id} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="file"
          accept=".csv,text/csv"
          onChange={onChange}
          className="mt-1 block w-full text-sm text-slate-700 file:me-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-slate-800 hover:file:bg-slate-200"
        />
      )}
    </FormField>
  );
}
