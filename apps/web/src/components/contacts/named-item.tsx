"use client";

/** A list or segment in its card: its name and size (a button that shows its contacts) and, for managers, delete. */
export function NamedItem({
  name,
  size,
  pressed,
  deleteText,
  deleteLabel,
  onShow,
  onDelete,
}: {
  name: string;
  size: string;
  pressed?: boolean;
  deleteText: string;
  deleteLabel: string;
  onShow: () => void;
  onDelete?: () => void;
}) {
  return (
    <li className="flex items-center justify-between gap-2 py-2">
      <button
        type="button"
        aria-pressed={pressed}
        className={`min-w-0 text-start text-sm hover:underline ${pressed ? "font-semibold text-brand-700" : "text-slate-800"}`}
        onClick={onShow}
      >
        <span dir="auto">{name}</span> <span className="text-slate-500 tabular-nums">({size})</span>
      </button>
      {onDelete && (
        <button
          type="button"
          className="text-xs text-red-700 hover:underline"
          aria-label={deleteLabel}
          onClick={onDelete}
        >
          {deleteText}
        </button>
      )}
    </li>
  );
}
