"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { usePutSession } from "../use-put-session";

/** "Link": asks a worker to connect the session, by QR or by a pairing code for a number. */
export function useLinkSession() {
  const trpc = useTRPC();
  const putSession = usePutSession();
  return useMutation(trpc.whatsapp.sessions.link.mutationOptions({ onSuccess: putSession }));
}
