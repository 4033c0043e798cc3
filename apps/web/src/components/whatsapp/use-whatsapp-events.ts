"use client";

import { type InfiniteData, type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useEffectEvent } from "react";
import { type StreamStatus, useAppEvents } from "@/hooks/use-app-events";
import type { StreamEvent } from "@/server/events/for-viewer";
import { useTRPC } from "@/trpc/react";
import type { WaMessage, WaMessagePage, WaSessionView } from "./types";

type SessionEvent = Extract<StreamEvent, { type: "wa.session" }>;
type MessageEvent = Extract<StreamEvent, { type: "wa.message" }>;

const date = (value: string | null) => (value === null ? null : new Date(value));

/** The session as the event describes it; the QR stays as it was when the event had no room for it. */
function applySessionEvent(session: WaSessionView, event: SessionEvent): WaSessionView {
  return {
    ...session,
    status: event.status,
    transport: event.transport,
    phone: event.phone,
    lastError: event.lastError,
    ...(event.qr !== undefined && { qr: event.qr }),
    qrExpiresAt: date(event.qrExpiresAt),
    pairingCode: event.pairingCode,
    sendingPausedReason: event.sendingPausedReason,
    sendingResumeAt: date(event.sendingResumeAt),
    updatedAt: new Date(event.updatedAt),
  };
}

/** The message with its new status, and the time of the step it reached. */
function applyMessageEvent(message: WaMessage, event: MessageEvent): WaMessage {
  const at = new Date(event.at);
  const stamp = {
    pending: {},
    sent: { sentAt: message.sentAt ?? at },
    delivered: { sentAt: message.sentAt ?? at, deliveredAt: message.deliveredAt ?? at },
    read: {
      sentAt: message.sentAt ?? at,
      deliveredAt: message.deliveredAt ?? at,
      readAt: message.readAt ?? at,
    },
    failed: { failedAt: at },
  }[event.status];
  return { ...message, status: event.status, error: event.error, ...stamp };
}

/** Applies a status change to every cached message list; false when no list holds the message. */
function patchMessages(queryClient: QueryClient, queryKey: readonly unknown[], event: MessageEvent): boolean {
  let found = false;
  queryClient.setQueriesData<InfiniteData<WaMessagePage>>({ queryKey }, (data) => {
    if (!data) return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((message) => {
          if (message.id !== event.messageId) return message;
          found = true;
          return applyMessageEvent(message, event);
        }),
      })),
    };
  });
  return found;
}

/** A list filtered by status may have to gain or lose the message: those are read again. */
const filtersByStatus = (query: { queryKey: readonly unknown[] }) =>
  Boolean((query.queryKey[1] as { input?: { status?: string } } | undefined)?.input?.status);

/**
 * Keeps the WhatsApp pages live: session states (with each new QR and pairing code), groups and
 * message statuses arrive over the event stream and update the cached queries in place.
 */
export function useWhatsAppEvents(): StreamStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessionsKey = trpc.whatsapp.sessions.list.queryKey();
  const groupsKey = trpc.whatsapp.groups.list.pathKey();
  const messagesKey = trpc.whatsapp.messages.list.pathKey();
  // A read already under way may predate the event and would bring the old state back: it is
  // cancelled and started again (the default), so the last read always follows the last event.
  const reread = (queryKey: readonly unknown[]) => queryClient.invalidateQueries({ queryKey });
  /** After patching the cache from an event: a read under way may be older than the patch. */
  const rereadIfUnderWay = (queryKey: readonly unknown[]) => {
    if (queryClient.isFetching({ queryKey }) > 0) void reread(queryKey);
  };

  const stream = useAppEvents((event) => {
    switch (event.type) {
      case "wa.session": {
        // Events arrive in the order their changes were committed, so the latest one is the truth.
        const current = queryClient
          .getQueryData(sessionsKey)
          ?.find((session) => session.id === event.sessionId);
        if (current)
          queryClient.setQueryData(sessionsKey, (sessions) =>
            sessions?.map((session) => (session === current ? applySessionEvent(session, event) : session)),
          );
        // The event leaves out what only the list has (worker, counts, a QR too big to carry).
        if (!current || current.status !== event.status || event.qr === undefined) void reread(sessionsKey);
        else rereadIfUnderWay(sessionsKey);
        return;
      }
      case "wa.session.removed":
        queryClient.setQueryData(sessionsKey, (sessions) =>
          sessions?.filter((session) => session.id !== event.sessionId),
        );
        void reread(groupsKey);
        return;
      case "wa.groups":
        void reread(groupsKey);
        void reread(sessionsKey);
        return;
      case "wa.message":
        if (!patchMessages(queryClient, messagesKey, event)) void reread(messagesKey);
        else {
          rereadIfUnderWay(messagesKey);
          void queryClient.invalidateQueries({ queryKey: messagesKey, predicate: filtersByStatus });
        }
        // Waiting and sent counts of the session.
        void reread(sessionsKey);
        return;
    }
  });

  // Whatever changed while the stream was not open (before it first opened, or during a
  // reconnect) came with no event: read it once the stream is open.
  const readAll = useEffectEvent(() => {
    for (const queryKey of [sessionsKey, groupsKey, messagesKey]) void reread(queryKey);
  });
  useEffect(() => {
    if (stream === "open") readAll();
  }, [stream]);

  return stream;
}
