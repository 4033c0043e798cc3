import { publicFeedResponse } from "@taqweem/api";
import { getDb } from "@taqweem/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The public subscription feed: `?org=<slug>` (optional) and `?lang=ar|en`; no sign-in. */
export function GET(request: Request) {
  return publicFeedResponse(getDb(), new URL(request.url).searchParams);
}
