import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { findCycle, withPrerequisites } from "./graph";

/**
 * Checks a new prerequisite list for `node` against the existing edges of its scope (a
 * department's templates, an event's tasks): every prerequisite must be in scope, and the edit
 * must not close a cycle.
 */
export function assertValidPrerequisites(input: {
  node: string;
  prerequisites: readonly string[];
  inScope: ReadonlySet<string>;
  edges: readonly { id: string; prerequisiteId: string }[];
}): void {
  if (input.prerequisites.some((id) => id === input.node || !input.inScope.has(id)))
    fail("invalid", errorKeys.prerequisiteInvalid);
  if (findCycle(withPrerequisites(input.edges, input.node, input.prerequisites)))
    fail("invalid", errorKeys.prerequisiteCycle);
}
