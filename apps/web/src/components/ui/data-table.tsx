import type { ReactNode } from "react";

/** Padding of every body cell; the first and last line up with the card's edges. */
export const cellClass = "px-4 py-3 first:sm:ps-6 last:sm:pe-6";

/**
 * A table that scrolls sideways inside its card on narrow screens instead of widening the page.
 * The scroller is a named region in the tab order, so keyboard users can scroll it too (WCAG
 * 2.1.1); `label` names it and the table. `relative` keeps absolutely positioned children
 * (screen-reader-only text) inside the scroller.
 */
export function DataTable({
  label,
  minWidth,
  head,
  children,
}: {
  label: string;
  minWidth: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section aria-label={label} tabIndex={0} className="relative -mx-4 overflow-x-auto sm:-mx-6">
      <table aria-label={label} className="w-full text-sm" style={{ minWidth }}>
        <thead className="border-b border-slate-200">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </section>
  );
}

export function HeaderCell({ align = "start", children }: { align?: "start" | "end"; children: ReactNode }) {
  return (
    <th
      scope="col"
      className={`px-4 py-2 text-xs font-medium tracking-wide text-slate-500 uppercase first:sm:ps-6 last:sm:pe-6 ${align === "end" ? "text-end" : "text-start"}`}
    >
      {children}
    </th>
  );
}
