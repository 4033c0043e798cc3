"use client";

import { useState } from "react";

/** What the hook needs of a delete mutation: TanStack's mutation result fits. */
interface RemoveMutation {
  mutate: (input: { id: string }, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * "Delete … ?" for a list: `ask(item)` opens the confirmation with a clean slate, and `dialog`
 * holds the ConfirmDialog's state and handlers; the dialog closes once the item is gone.
 */
export function useConfirmedRemoval<T extends { id: string }>(remove: RemoveMutation) {
  const [target, setTarget] = useState<T | null>(null);
  return {
    target,
    ask: (item: T) => {
      remove.reset();
      setTarget(item);
    },
    dialog: {
      open: target !== null,
      pending: remove.isPending,
      error: remove.error,
      onConfirm: () => target && remove.mutate({ id: target.id }, { onSuccess: () => setTarget(null) }),
      onClose: () => setTarget(null),
    },
  };
}
