import { Ltr } from "@/components/ui/ltr";

/** How far a campaign is: recipients done (sent, failed or skipped) of all of them. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <Ltr className="w-12 text-end text-sm tabular-nums text-slate-700">{percent} %</Ltr>
    </div>
  );
}
