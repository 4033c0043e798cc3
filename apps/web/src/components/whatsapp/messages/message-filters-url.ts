import type { WaMessageStatus } from "@taqweem/db/schema";
import { addLocalDays, fromLocalInput } from "../../../lib/zoned-time";

/**
 * Message statuses in the order a message goes through them. A Record must name every status of
 * the schema, and keeps the database schema out of the browser bundle.
 */
const statusOrder: Record<WaMessageStatus, number> = {
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
};
export const messageStatuses = (Object.keys(statusOrder) as WaMessageStatus[]).sort(
  (a, b) => statusOrder[a] - statusOrder[b],
);

/** The messages page's filters as the address keeps them, so a filtered view can be shared. */
export interface MessageFilterState {
  session: string;
  status: WaMessageStatus | "";
  /** `YYYY-MM-DD`, days in the organisation's time zone, both included. */
  from: string;
  to: string;
}

export const messagesPageSize = 50;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = /^\d{4}-\d{2}-\d{2}$/;

function read(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Reads the filters from the address; anything malformed is ignored rather than refused. */
export function parseMessageFilters(params: Params): MessageFilterState {
  const session = read(params, "session");
  const status = read(params, "status");
  const from = read(params, "from");
  const to = read(params, "to");
  return {
    session: uuid.test(session) ? session : "",
    status: (messageStatuses as string[]).includes(status) ? (status as WaMessageStatus) : "",
    from: day.test(from) ? from : "",
    to: day.test(to) ? to : "",
  };
}

/** The filters as query parameters, leaving out the empty ones. */
export function messageFilterQuery(state: MessageFilterState): Record<string, string> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== ""));
}

/**
 * The input of `whatsapp.messages.list`: days become instants in the organisation's time zone, the
 * last day counted to its end. Null when the period ends before it starts.
 */
export function messageListInput(state: MessageFilterState, timeZone: string) {
  const from = state.from ? fromLocalInput(state.from, timeZone) : null;
  const dayAfter = state.to ? fromLocalInput(state.to, timeZone) : null;
  const to = dayAfter ? new Date(addLocalDays(dayAfter, 1, timeZone).getTime() - 1) : null;
  if (from && to && to < from) return null;
  return {
    limit: messagesPageSize,
    ...(state.session && { sessionId: state.session }),
    ...(state.status && { status: state.status }),
    ...(from && { from }),
    ...(to && { to }),
  };
}
