import type { SessionUser } from "../context";

/** Who is acting: every service call is scoped to the actor's organisation. */
export type Actor = Pick<SessionUser, "orgId" | "userId" | "role">;
