"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { useRereadSessions } from "../use-reread-sessions";

/** "Link": asks a worker to connect the session, by QR or by a pairing code for a number. */
export function useLinkSession() {
  const trpc = useTRPC();
  const rereadSessions = useRereadSessions();
  return useMutation(trpc.whatsapp.sessions.link.mutationOptions({ onSuccess: rereadSessions }));
}
