import type { Role } from "@taqweem/db";

/**
 * What each role may do: the one list that procedures check and that `me` hands to the UI as
 * capabilities. Nothing else in the app keeps a list of roles.
 */
const grants = {
  /** Create, change, cancel, publish, delete and import events. */
  "events.edit": ["admin", "editor"],
  /** Assign departments to events and create, change and delete their tasks and task templates. */
  "tasks.manage": ["admin", "editor"],
  /** See every department's tasks; the others see only their own departments' tasks. */
  "tasks.seeAll": ["admin", "editor", "viewer"],
  /** Change the status of and comment on tasks (department users: only their departments' tasks). */
  "tasks.work": ["admin", "editor", "department"],
  /** Plan reminders by e-mail and WhatsApp. */
  "reminders.manage": ["admin", "editor"],
  /** See the planning overview: overdue tasks per department and events without a department. */
  "planning.overview": ["admin", "editor"],
  /** See the institution's contacts, their lists, segments, consent and replies. */
  "contacts.read": ["admin", "editor", "viewer"],
  /** Create, change, import and delete contacts; manage lists, segments and consent. */
  "contacts.manage": ["admin", "editor"],
  /** Be a member of departments, and through them work on their tasks. */
  "departments.join": ["department"],
  /** Review scraped events: import, ignore, accept or dismiss a source's changes, run a source now. */
  "sources.review": ["admin", "editor"],
  /** Add sources and change their address, schedule and auto-import. */
  "sources.manage": ["admin"],
  "departments.manage": ["admin"],
  "categories.manage": ["admin"],
  "users.manage": ["admin"],
  "mailbox.read": ["admin"],
  "whatsapp.manage": ["admin"],
  /** See contacts' campaigns, their templates, progress, analytics and recipients. */
  "campaigns.read": ["admin", "editor", "viewer"],
  /** Write campaign templates; create, start, pause, resume, cancel and retry campaigns; send tests. */
  "campaigns.manage": ["admin", "editor"],
  "system.monitor": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof grants;

export const actions = Object.keys(grants) as Action[];

export function can(role: Role, action: Action): boolean {
  return (grants[action] as readonly Role[]).includes(role);
}

/** The roles that may do the action, for queries that select people by what they may do. */
export function rolesAllowed(action: Action): Role[] {
  return [...grants[action]];
}

/** Everything the role may do, as the UI receives it from `me`. */
export function capabilitiesOf(role: Role): Action[] {
  return actions.filter((action) => can(role, action));
}
