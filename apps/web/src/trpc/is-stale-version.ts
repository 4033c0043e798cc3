/** True when a save was refused because someone else changed the record since it was read. */
export function isStaleVersion(error: unknown): boolean {
  return (error as { data?: { messageKey?: unknown } } | null)?.data?.messageKey === "errors.staleVersion";
}
