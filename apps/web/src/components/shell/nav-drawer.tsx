"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useState } from "react";
import { CloseButton } from "@/components/ui/close-button";
import { useModalDialog } from "@/components/ui/use-modal-dialog";
import { usePathname } from "@/i18n/navigation";
import { NavGroups } from "./nav-groups";
import type { NavGroup } from "./navigation";

/**
 * The navigation on phones and narrow screens: a button in the top bar opens it as a modal drawer
 * from the start edge (the right in Arabic). The native modal <dialog> keeps focus inside and
 * closes on Escape; following a link or the close button closes it too.
 */
export function NavDrawer({ groups }: { groups: NavGroup[] }) {
  const t = useTranslations("nav");
  const id = useId();
  const pathname = usePathname();
  // Remembers on which page the drawer was opened, so that it is closed on every other page.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);
  const ref = useModalDialog(open);

  return (
    <>
      <button
        type="button"
        className="rounded-lg p-2 text-slate-700 hover:bg-slate-100 lg:hidden"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenOn(pathname)}
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
        </svg>
        <span className="sr-only">{t("menu")}</span>
      </button>
      <dialog
        id={id}
        ref={ref}
        aria-label={t("menu")}
        onClose={close}
        onKeyDown={keepFocusInside}
        className="fixed inset-y-0 start-0 end-auto m-0 h-dvh max-h-none w-72 max-w-[85vw] bg-white p-0 text-slate-900 shadow-xl transition-transform duration-200 backdrop:bg-slate-900/40 motion-reduce:transition-none starting:open:-translate-x-full rtl:starting:open:translate-x-full"
      >
        {open && (
          <div className="flex h-full flex-col">
            <div className="flex justify-end border-b border-slate-200 px-3 py-2">
              <CloseButton label={t("close")} onClick={close} />
            </div>
            <div className="flex-1 overflow-y-auto px-3 py-4">
              <NavGroups groups={groups} onNavigate={close} />
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}

/**
 * A modal dialog makes the page behind it inert, but Tab still leaves it for the browser's own
 * controls; this wraps Tab and Shift+Tab around the drawer's links and buttons instead.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = event.currentTarget.querySelectorAll<HTMLElement>("a[href], button:not([disabled])");
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const wrapTo = event.shiftKey
    ? document.activeElement === first && last
    : document.activeElement === last && first;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}
