import type { ReactNode } from "react";
import { Alert } from "./alert";
import { buttonClass } from "./button";

/**
 * The end of a form: the error line (when there is one), then cancel and the primary button,
 * disabled and saying `pendingLabel` while saving. `start` puts a lesser action (restore defaults,
 * use the built-in text) on the other side. Without `onSubmit` the button submits the form; with
 * it, it is a plain button (a confirmation outside any form).
 */
export function FormActions({
  cancelLabel,
  submitLabel,
  pendingLabel = submitLabel,
  pending,
  disabled = false,
  error,
  start,
  tone = "primary",
  size = "md",
  onCancel,
  onSubmit,
}: {
  cancelLabel: string;
  submitLabel: string;
  pendingLabel?: string;
  pending: boolean;
  disabled?: boolean;
  error?: ReactNode;
  start?: ReactNode;
  tone?: "primary" | "danger";
  size?: "sm" | "md";
  onCancel?: () => void;
  onSubmit?: () => void;
}) {
  const buttons = (
    <>
      {onCancel && (
        <button type="button" className={buttonClass("secondary", size)} onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
      <button
        type={onSubmit ? "button" : "submit"}
        className={buttonClass(tone, size)}
        disabled={pending || disabled}
        onClick={onSubmit}
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </>
  );
  return (
    <>
      {error && <Alert tone="error">{error}</Alert>}
      {start ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4">
          {start}
          <div className="flex gap-2">{buttons}</div>
        </div>
      ) : (
        <div className="flex flex-wrap justify-end gap-2">{buttons}</div>
      )}
    </>
  );
}
