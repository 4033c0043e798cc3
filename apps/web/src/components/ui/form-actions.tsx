import { buttonClass } from "@/components/ui/button";

/** The end of a dialog form: cancel, then the primary submit (disabled while saving). */
export function FormActions({
  cancelLabel,
  submitLabel,
  pending,
  onCancel,
}: {
  cancelLabel: string;
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {submitLabel}
      </button>
    </div>
  );
}
