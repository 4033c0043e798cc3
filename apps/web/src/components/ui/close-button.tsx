/** The × that closes a dialog or the navigation drawer; `label` names what it closes. */
export function CloseButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded-lg p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
        <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
      </svg>
      <span className="sr-only">{label}</span>
    </button>
  );
}
