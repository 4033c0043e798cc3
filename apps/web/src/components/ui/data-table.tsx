import type { ReactNode } from "react";

/** Padding of every body cell; the first and last line up with the card's edges. */
export const cellClass = "px-4 py-3 first:sm:ps-6 last:sm:pe-6";

/**
 * A table that scrolls sideways inside its card on narrow screens instead of widening the page.
 * `relative` keeps absolutely positioned children (screen-reader-only text) inside the scroller.
 */
export function DataTable({
  minWidth,
  head,
  children,
}: {
  minWidth: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="relative -mx-4 overflow-x-auto sm:-mx-6">
      <table className="w-full text-sm" style={{ minWidth }}>
        <thead className="border-b border-slate-200">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
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
