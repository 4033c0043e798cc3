"use client";

import { useState } from "react";
import { useAppEvents } from "@/hooks/use-app-events";

/** How far the import with `importId` has got, pushed over the event stream while it runs. */
export function useImportProgress(importId: string) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useAppEvents((event) => {
    if (event.type === "contacts.import" && event.importId === importId)
      setProgress({ done: event.done, total: event.total });
  });
  return progress;
}
