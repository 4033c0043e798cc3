/** True when a failed call carries this message key (e.g. "errors.waInvalidPhone"). */
export function isErrorKey(error: unknown, key: `errors.${string}`): boolean {
  return (error as { data?: { messageKey?: unknown } } | null)?.data?.messageKey === key;
}
