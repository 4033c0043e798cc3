"use client";

import { type FormEvent, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormField } from "@/components/ui/form-field";

/** A name and a button: how a list or a segment is created; the name clears once saved. */
export function NameForm({
  id,
  label,
  hint,
  submitLabel,
  pendingLabel,
  pending,
  disabled = false,
  error,
  onSubmit,
}: {
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  disabled?: boolean;
  error?: string | false;
  onSubmit: (name: string, saved: () => void) => void;
}) {
  const [name, setName] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(name, () => setName(""));
  };
  return (
    <form onSubmit={submit} className="mt-4 space-y-2 border-t border-slate-200 pt-4">
      <FormField id={id} label={label} hint={hint}>
        {(control) => (
          <input
            {...control}
            dir="auto"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={inputClass}
          />
        )}
      </FormField>
      <FormActions
        size="sm"
        cancelLabel=""
        submitLabel={submitLabel}
        pendingLabel={pendingLabel}
        pending={pending}
        disabled={disabled || name.trim() === ""}
        error={error}
      />
    </form>
  );
}
