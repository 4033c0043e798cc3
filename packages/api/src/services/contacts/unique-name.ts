import { fail } from "../../domain-error";
import type { ErrorKey } from "../../errors";
import { isUniqueViolation } from "../changes";

/** Runs a write whose name may collide with the unique index `constraint`: a conflict the user fixes. */
export async function refusingTakenName<T>(constraint: string, key: ErrorKey, write: () => Promise<T>) {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, constraint)) fail("conflict", key);
    throw error;
  }
}
