"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useErrorMessage } from "@/trpc/use-error-message";
import { Dialog } from "./dialog";
import { FormActions } from "./form-actions";

/**
 * Asks before something that cannot be undone; the confirm button says what will happen, and
 * `error` (the failed call, if any) is explained above it.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("dialog");
  const errorMessage = useErrorMessage();
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <div className="space-y-4">
        <div className="text-slate-700">{body}</div>
        <FormActions
          cancelLabel={t("back")}
          submitLabel={confirmLabel}
          pending={pending}
          error={error != null && errorMessage(error)}
          tone="danger"
          onCancel={onClose}
          onSubmit={onConfirm}
        />
      </div>
    </Dialog>
  );
}
