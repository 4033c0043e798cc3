import { waSessions } from "@taqweem/db";
import { and, asc, eq, isNotNull, ne, or } from "drizzle-orm";
import type { Executor } from "../tx";

/** WhatsApp numbers that cannot send now: not connected, or sending paused. */
export async function whatsappAttention(db: Executor, orgId: string) {
  return db
    .select({
      id: waSessions.id,
      name: waSessions.name,
      status: waSessions.status,
      phone: waSessions.phone,
      lastError: waSessions.lastError,
      sendingPausedAt: waSessions.sendingPausedAt,
      sendingPausedReason: waSessions.sendingPausedReason,
      sendingResumeAt: waSessions.sendingResumeAt,
    })
    .from(waSessions)
    .where(
      and(
        eq(waSessions.orgId, orgId),
        or(ne(waSessions.status, "connected"), isNotNull(waSessions.sendingPausedAt)),
      ),
    )
    .orderBy(asc(waSessions.name), asc(waSessions.id));
}
