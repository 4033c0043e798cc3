import type { EventContentArg } from "@fullcalendar/core";
import type { OccurrenceProps } from "./occurrence-events";

export interface StatusLabels {
  draft: string;
  cancelled: string;
}

/** "Draft" or "Cancelled", for statuses that change how an event reads; null for published ones. */
function statusLabel(props: OccurrenceProps, labels: StatusLabels): string | null {
  if (props.status === "cancelled") return labels.cancelled;
  if (props.status === "draft") return labels.draft;
  return null;
}

/**
 * How an event reads in the grid and the agenda: its time, its title in its own language (struck
 * through when cancelled) and its status; the agenda and the hour grids also show the place.
 */
export function EventContent({ arg, labels }: { arg: EventContentArg; labels: StatusLabels }) {
  const props = arg.event.extendedProps as OccurrenceProps;
  const status = statusLabel(props, labels);
  const title = (
    <span
      lang={props.titleLang}
      dir="auto"
      className={props.status === "cancelled" ? "line-through" : undefined}
    >
      {arg.event.title}
    </span>
  );
  const place = props.location && <span lang={props.location.lang}>{props.location.text}</span>;

  if (arg.view.type.startsWith("list"))
    return (
      <span className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <span className="font-medium text-slate-900">{title}</span>
        {status && <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700">{status}</span>}
        {place && <span className="text-sm text-slate-500">{place}</span>}
      </span>
    );

  const hidden = status && <span className="sr-only">({status})</span>;
  if (arg.view.type.startsWith("timeGrid") && !arg.event.allDay)
    // Hour columns are narrow and tall: the time above, then the title and place, wrapping.
    return (
      <span className="flex h-full flex-col overflow-hidden px-0.5 text-xs leading-4">
        {arg.timeText && <span className="font-semibold">{arg.timeText}</span>}
        {title}
        {place && <span className="opacity-80">{place}</span>}
        {hidden}
      </span>
    );

  return (
    <span className="flex min-w-0 items-baseline gap-1 overflow-hidden text-xs leading-5 whitespace-nowrap">
      {arg.timeText && <span className="shrink-0 font-semibold">{arg.timeText}</span>}
      <span className="min-w-0 truncate">{title}</span>
      {hidden}
    </span>
  );
}
