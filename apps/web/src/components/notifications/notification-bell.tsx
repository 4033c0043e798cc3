"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Ltr } from "@/components/ui/ltr";
import { NotificationList } from "./notification-list";
import { useLiveNotifications } from "./use-live-notifications";

/** The bell in the header: the unread count, live, and the notification centre under it. */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const unread = useLiveNotifications();
  const panelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    // On phones the panel spans the screen under the header; from md up it hangs from the bell.
    <div ref={ref} className="md:relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t("openWithUnread", { count: unread }) : t("open")}
        onClick={() => setOpen(!open)}
        className="relative grid size-10 place-items-center rounded-lg text-slate-700 hover:bg-slate-100"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.4 2.8A1 1 0 0 0 4.5 14h11a1 1 0 0 0 .9-1.6L15 9.6V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 1-2.45-2h4.9A2.5 2.5 0 0 1 10 18Z" />
        </svg>
        {unread > 0 && (
          <span
            data-testid="unread-count"
            className="absolute -end-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold text-white"
          >
            {unread > 99 ? <Ltr>99+</Ltr> : format.number(unread, "integer")}
          </span>
        )}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="fixed inset-x-3 top-16 z-30 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-lg md:absolute md:inset-x-auto md:end-0 md:top-full md:mt-2 md:w-96"
      >
        {open && <NotificationList unread={unread} onNavigate={() => setOpen(false)} />}
      </div>
    </div>
  );
}
