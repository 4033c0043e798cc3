"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { CloseButton } from "./close-button";
import { useModalDialog } from "./use-modal-dialog";

const widths = { md: "max-w-lg", lg: "max-w-3xl" } as const;

/**
 * A modal on the native <dialog>: focus stays inside, Escape and the close button call `onClose`.
 * The content is only mounted while open, so a form inside starts fresh every time.
 */
export function Dialog({
  open,
  onClose,
  title,
  size = "md",
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  size?: keyof typeof widths;
  children: ReactNode;
}) {
  const t = useTranslations("dialog");
  const titleId = useId();
  const ref = useModalDialog(open);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`m-auto w-[calc(100%-1.5rem)] ${widths[size]} max-h-[calc(100dvh-1.5rem)] rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      {open && (
        <div className="flex max-h-[calc(100dvh-1.5rem)] flex-col">
          <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-3">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <CloseButton label={t("close")} onClick={onClose} />
          </div>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
