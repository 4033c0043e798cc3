import { privateFeedResponse } from "@taqweem/api";
import { getDb } from "@taqweem/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A member's private feed, `/api/calendar/feed/<token>.ics`: the token is the credential. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return privateFeedResponse(getDb(), (await params).token);
}
