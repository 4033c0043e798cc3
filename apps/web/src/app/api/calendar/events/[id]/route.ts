import { eventDownloadResponse } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import { appSession } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One event as an .ics download for a signed-in member of its organisation. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return eventDownloadResponse(getDb(), await appSession(request.headers), (await params).id);
}
